package org.biannian.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named points where a process can be told to stop and wait to be killed, so that a crash test
 * kills it at a moment the test chose rather than one a clock or a polling loop happened to catch.
 * Inert unless the JVM runs with {@code -Dbiannian.pauseAt=NAME} (and {@code -Dbiannian.pauseMarker=FILE},
 * optionally {@code -Dbiannian.pauseSkip=N} to pass the point N times first): on reaching it, the
 * process writes the marker file and sleeps until killed.
 */
public final class PausePoint {

    private static final AtomicInteger PASSED = new AtomicInteger();

    private PausePoint() {
    }

    public static void reach(String name) {
        if (!name.equals(System.getProperty("biannian.pauseAt"))) {
            return;
        }
        if (PASSED.getAndIncrement() < Integer.getInteger("biannian.pauseSkip", 0)) {
            return;
        }
        try {
            Files.writeString(Path.of(System.getProperty("biannian.pauseMarker")), name);
            Thread.sleep(Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
