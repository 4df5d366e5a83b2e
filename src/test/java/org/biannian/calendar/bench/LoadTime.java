package org.biannian.calendar.bench;

import org.biannian.calendar.ChineseCalendar;

/** Prints how long {@link ChineseCalendar#builtIn()} takes on a cold JVM (the first call loads the generated table). */
public final class LoadTime {

    private LoadTime() {
    }

    public static void main(String[] args) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        ChineseCalendar calendar = ChineseCalendar.builtIn();
        long loaded = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        // CPU time as well as wall time: on a shared machine the wall time mostly measures the other processes.
        System.out.printf("builtIn(): %.1f ms wall, %.1f ms CPU, cold (%d regimes, %d era names)%n", (loaded - start) / 1e6,
                cpu / 1e6, calendar.regimes().size(), calendar.eraNames().size());
    }
}
