package org.biannian.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, the library under use: readers never need the writer's lock, a second writer waits
 * after saying so, and a held index snapshot outlives later commits. The interleavings are forced
 * with latches; timeouts only keep a broken build from hanging.
 */
class LibraryUnderUseTest {

    private static final Biannian BIANNIAN = Biannian.create();
    private static final ParseOptions START = new ParseOptions("淳化五年", null, null);

    private static SearchQuery all(String text) {
        return new SearchQuery(text, null, null, null, null, null, null, 0, SearchQuery.MAX_LIMIT);
    }

    @Test
    void whileAWriterHoldsTheLibraryReadersSearchAndASecondWriterWaits(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("lib");
        BIANNIAN.ingest(folder, List.of(Shared.sample()), START, false, (e, c) -> { });
        long before = BIANNIAN.search(folder, all("繼遷")).total();
        assertThat(before).isPositive();

        CountDownLatch secondWaits = new CountDownLatch(1);
        CompletableFuture<IngestReport> second;
        try (IngestLock writer = IngestLock.acquire(folder, () -> { })) {
            // The writer is "between its commits": the database is one generation ahead of the index.
            try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(Store.FILE));
                 var s = db.createStatement()) {
                s.execute("UPDATE meta SET value = value + 1 WHERE key = 'generation'");
            }
            // A reader opens and searches without the writer's lock, and does not try to rebuild.
            assertThat(BIANNIAN.search(folder, all("繼遷")).total()).isEqualTo(before);
            second = CompletableFuture.supplyAsync(() -> {
                try {
                    return BIANNIAN.ingest(folder, List.of(Shared.songshi5()), ParseOptions.defaults(), false, (e, c) -> { },
                            secondWaits::countDown);
                } catch (org.biannian.text.InputException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(secondWaits.await(60, TimeUnit.SECONDS)).as("the second writer said it waits").isTrue();
            assertThat(second).isNotDone();
        }
        IngestReport report = second.get(120, TimeUnit.SECONDS);
        assertThat(report.stored()).containsExactly("songshi-juan005-taizong2");
        // The second writer caught the index up with the database before writing: both documents are searchable.
        try (Library library = Library.open(folder)) {
            assertThat(library.search(all(null)).hits()).extracting(SearchHit::document)
                    .contains("xixiaji-994-998", "songshi-juan005-taizong2");
        }
    }

    @Test
    void aHeldSnapshotOutlivesLaterCommitsAndIsReleasedByItsLastHolder(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("lib");
        BIANNIAN.ingest(folder, List.of(Shared.sample()), START, false, (e, c) -> { });
        try (Library reader = Library.open(folder); Library writer = Library.open(folder)) {
            IndexSnapshot old = reader.snapshot();
            long oldTotal = old.search(all(null), ids -> java.util.Map.of()).total();
            IndexSnapshot extra = old.retain(); // as a search running on another thread
            BIANNIAN.ingest(writer, List.of(Shared.songshi5()), ParseOptions.defaults(), false, (e, c) -> { });
            try (IndexSnapshot now = reader.snapshot()) {
                assertThat(now.generation()).isEqualTo(old.generation() + 1);
                assertThat(now.search(all(null), ids -> java.util.Map.of()).total()).isGreaterThan(oldTotal);
            }
            old.close();
            // Still held once: the old generation answers as it did, no AlreadyClosedException.
            assertThat(extra.search(all(null), ids -> java.util.Map.of()).total()).isEqualTo(oldTotal);
            assertThat(extra.holders()).isEqualTo(1);
            extra.close();
            assertThat(extra.holders()).isZero();
            org.assertj.core.api.Assertions.assertThatThrownBy(extra::retain).isInstanceOf(IllegalStateException.class);
        }
    }
}
