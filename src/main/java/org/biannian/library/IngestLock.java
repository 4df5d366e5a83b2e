package org.biannian.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The one writer of a library folder at a time: a file lock on {@code ingest.lock} between programs,
 * and a lock per folder within this one (file locks are per program). Readers never take it: SQLite's
 * write-ahead log and Lucene's commits let them read the last committed generation while a writer works.
 * A second writer waits, after saying so.
 */
final class IngestLock implements AutoCloseable {

    static final String FILE = "ingest.lock";
    private static final ConcurrentHashMap<Path, Semaphore> IN_PROGRAM = new ConcurrentHashMap<>();

    private final Semaphore local; // not reentrant: a thread holding the lock cannot take it twice
    private final FileChannel channel;
    private final FileLock lock;

    private IngestLock(Semaphore local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the writer's lock of {@code folder}, first calling {@code waiting} if another writer holds it. */
    static IngestLock acquire(Path folder, Runnable waiting) throws IOException {
        Semaphore local = IN_PROGRAM.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> new Semaphore(1));
        boolean told = false;
        if (!local.tryAcquire()) {
            waiting.run();
            told = true;
            local.acquireUninterruptibly();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                if (!told) {
                    waiting.run();
                }
                lock = channel.lock();
            }
            return new IngestLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.release();
            throw e;
        }
    }

    /** The writer's lock of {@code folder} if no one holds it now, else null. */
    static IngestLock tryAcquire(Path folder) throws IOException {
        Semaphore local = IN_PROGRAM.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> new Semaphore(1));
        if (!local.tryAcquire()) {
            return null;
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                local.release();
                return null;
            }
            return new IngestLock(local, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.release();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.release();
        }
    }
}
