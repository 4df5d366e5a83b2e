package org.biannian.parallels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Analysis;
import org.biannian.testing.Shared;
import org.biannian.testing.SpanAssertions;
import org.biannian.text.SourceText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parallels stage's invariants on the sample against 宋史卷5 and 長編卷36, and a simplified source (issue 13). */
class ParallelFinderTest {

    private static final Biannian BIANNIAN = Biannian.create();
    private static Analysis chronicle;
    private static List<Analysis> sources;

    @BeforeAll
    static void read() throws Exception {
        chronicle = BIANNIAN.analyse(Biannian.SAMPLE_KEY, Shared.read(Shared.sample()), new ParseOptions(Biannian.SAMPLE_START, null, null));
        sources = List.of(chronicle, BIANNIAN.prepare(Shared.songshi5(), ParseOptions.defaults()),
                BIANNIAN.prepare(Shared.path("corpus/changbian/KR2b0019_040.txt"), ParseOptions.defaults()));
    }

    /** {@code text} in simplified characters, character by character (OpenCC's TSCharacters, first reading). */
    private static String simplified(String text) {
        Map<Integer, Integer> table = new HashMap<>();
        try (var in = ParallelFinderTest.class.getResourceAsStream("/data/dictionary/TSCharacters.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split("\t");
                if (cols.length == 2 && cols[0].codePointCount(0, cols[0].length()) == 1) {
                    table.put(cols[0].codePointAt(0), cols[1].split(" ")[0].codePointAt(0));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(table.getOrDefault(c, c)));
        return out.toString();
    }

    @Test
    void passagesAreSpansOfTheirSourceWithTheTextAsRead() {
        List<Parallel> found = BIANNIAN.parallels(chronicle, BIANNIAN.parallelSources(sources));
        assertThat(found).isNotEmpty();
        Map<String, Analysis> byKey = new HashMap<>();
        sources.forEach(a -> byKey.put(a.key(), a));
        Map<String, List<org.biannian.text.Span>> spans = new HashMap<>();
        Map<String, Integer> perPair = new HashMap<>();
        int lastEntry = 0;
        for (Parallel p : found) {
            assertThat(p.document()).isNotEqualTo(chronicle.key());
            assertThat(p.entryIndex()).isGreaterThanOrEqualTo(lastEntry);
            lastEntry = p.entryIndex();
            Analysis source = byKey.get(p.document());
            SourceText text = source.chronicle().source();
            assertThat(p.span().contains(p.core())).as(p.toString()).isTrue();
            assertThat(p.text()).isEqualTo(PassageText.of(source.chronicle().view(), p.span()));
            assertThat(p.text()).doesNotContain("¶").doesNotContain("<pb:").doesNotContain("\n");
            assertThat(p.cited()).isEqualTo(p.citation() != null);
            spans.computeIfAbsent(p.document(), k -> new ArrayList<>()).add(p.span());
            spans.get(p.document()).add(p.core());
            for (Difference d : p.differences()) {
                assertThat(text.slice(d.sourceSpan()).replaceAll("[¶\\n]|<pb:[^>]*>", "")).contains(d.sourceText().substring(0, 1));
                assertThat(chronicle.chronicle().source().slice(d.entrySpan())).isNotEmpty();
            }
            assertThat(perPair.merge(p.entry() + "→" + p.document(), 1, Integer::sum)).isLessThanOrEqualTo(3);
        }
        spans.forEach((key, list) -> SpanAssertions.assertWellFormed(byKey.get(key).chronicle().source(),
                list.stream().sorted().toList()));
    }

    @Test
    void theSameInputGivesTheSameParallelsOnSeveralThreads() {
        SourceLibrary library = BIANNIAN.parallelSources(sources);
        List<Parallel> once = BIANNIAN.parallels(chronicle, library);
        List<CompletableFuture<List<Parallel>>> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> BIANNIAN.parallels(chronicle, library)));
        }
        for (CompletableFuture<List<Parallel>> run : runs) {
            assertThat(run.join()).isEqualTo(once);
        }
    }

    @Test
    void aSimplifiedEditionOfACitedWorkIsFound() {
        // 宋史卷5 in simplified characters, header included (本纪第五): entry 8 cites 《宋史·太宗本紀》.
        String simplified = simplified(Shared.read(Shared.songshi5()).text());
        Analysis source = BIANNIAN.analyse("songshi-juan005-simplified", SourceText.of("songshi-juan005-simplified.wiki", simplified),
                ParseOptions.defaults());
        List<Parallel> found = BIANNIAN.parallels(chronicle, BIANNIAN.parallelSources(List.of(chronicle, source)));
        Parallel arrival = found.stream().filter(p -> p.entryIndex() == 8 && p.cited()).findFirst().orElseThrow();
        assertThat(arrival.text()).contains(simplified("河西行營送趙保忠至闕下"));
        assertThat(arrival.citation()).isEqualTo("《宋史·太宗本紀》");
        assertThat(arrival.dateAgreement()).isEqualTo(DateAgreement.DIFFERENT);
    }
}
