package org.biannian.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index an ingest writes from the analyses in memory is the one the library rebuilds from its
 * database (after a crash, or when the index is lost): same hits, same order, same snippets, for text,
 * facet and regime queries on three texts of different forms.
 */
class IndexRebuildTest {

    private static final List<SearchQuery> QUERIES = List.of(
            SearchQuery.of("繼遷"),
            SearchQuery.of("夏州"),
            new SearchQuery(null, "李繼遷", null, null, null, null, null, null, null, 0, SearchQuery.MAX_LIMIT),
            new SearchQuery(null, null, "靈州", null, null, null, null, null, null, 0, SearchQuery.MAX_LIMIT),
            new SearchQuery(null, null, null, null, null, "續資治通鑑長編", null, null, null, 0, SearchQuery.MAX_LIMIT),
            new SearchQuery("契丹", null, null, null, null, null, "宋", null, null, 0, SearchQuery.MAX_LIMIT));

    @Test
    void theIndexWrittenAtIngestEqualsTheOneRebuiltFromTheDatabase(@TempDir Path dir) throws Exception {
        Biannian biannian = Biannian.create();
        Path folder = dir.resolve("lib");
        biannian.ingest(folder, List.of(Shared.sample()), new ParseOptions("淳化五年", null, null), false, (e, c) -> { });
        biannian.ingest(folder, List.of(Shared.songshi5(), Shared.path("corpus/changbian/KR2b0019_039.txt")),
                new ParseOptions(null, null, null), false, (e, c) -> { });
        List<String> written = answers(biannian, folder);
        assertThat(written).as("the queries find something").anyMatch(a -> a.contains("xixiaji-994-998:"))
                .anyMatch(a -> a.contains("KR2b0019_039:"));

        try (Stream<Path> files = Files.walk(folder.resolve("index"))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        assertThat(answers(biannian, folder)).isEqualTo(written);
    }

    private static List<String> answers(Biannian biannian, Path folder) {
        List<String> out = new ArrayList<>();
        try (Library library = biannian.openLibrary(folder)) {
            for (SearchQuery q : QUERIES) {
                SearchResults r = library.search(q);
                // Hits of equal score come in the index's own order, which a rebuild may change: compared as a set.
                out.add(q + " → " + r.total() + "\n" + String.join("\n",
                        r.hits().stream().map(h -> h.id() + " " + h.snippet()).sorted().toList()));
            }
        }
        return out;
    }
}
