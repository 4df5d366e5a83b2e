package org.biannian.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One line saying what a benchmark ran on: CPU, cores, memory, load, Java. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = "unknown CPU";
        String load = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.replaceFirst("model name\\s*:\\s*", "")).orElse(cpu);
            load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            // not Linux: the rest still says enough
        }
        return String.format("%s, %d cores, %d MB max heap, Java %s%s", cpu, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), load);
    }
}
