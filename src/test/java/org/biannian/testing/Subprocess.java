package org.biannian.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The command line in a JVM of its own, on the test class path: something a test can kill -9. */
public final class Subprocess {

    private Subprocess() {
    }

    /** Starts {@code biannian ARGS…} with {@code jvmOptions}, its standard error to {@code log} and its output discarded. */
    public static Process cli(List<String> jvmOptions, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.biannian.cli.Main"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Polls {@code moment} until it holds, then kills {@code p} with SIGKILL at once. Returns whether
     * the kill landed in that moment (false if the process ended first, or {@code timeoutMillis} passed).
     */
    public static boolean killWhen(Process p, BooleanSupplier moment, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        boolean caught = false;
        while (p.isAlive() && System.nanoTime() < deadline) {
            if (moment.getAsBoolean()) {
                caught = true;
                break;
            }
            Thread.onSpinWait();
        }
        boolean alive = p.isAlive();
        p.destroyForcibly(); // SIGKILL on Linux
        p.waitFor();
        return caught && alive;
    }

    /** Whether {@code folder} holds a file whose name ends with {@code suffix}. */
    public static boolean holds(Path folder, String suffix) {
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(suffix));
        } catch (IOException e) {
            return false; // not created yet
        }
    }
}
