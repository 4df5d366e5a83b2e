package org.biannian.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.biannian.text.Diagnostic;
import org.biannian.text.SourceText;
import org.biannian.text.Span;
import org.junit.jupiter.api.Test;

class CitationParserTest {

    private static final CitationParser PARSER = CitationParser.of(Works.builtIn());

    static CitationBlock read(String block) {
        SourceText text = SourceText.of("test", block);
        CitationBlock read = PARSER.read(text, new Span(0, text.length()));
        ApparatusInvariants.check(text, read);
        return read;
    }

    static List<String> labels(CitationBlock block) {
        return block.citations().stream().map(Citation::label).toList();
    }

    static List<String> codes(CitationBlock block) {
        return block.allDiagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void everyCitationBlockOfTheSampleYieldsAWork() throws Exception {
        SampleBlocks sample = SampleBlocks.load();
        // 55 entries; entry 27 has two blocks (a 按-only block under its headline, and its narrative's).
        assertThat(sample.blocks).hasSize(56);
        Set<String> warnings = new TreeSet<>();
        for (Span span : sample.blocks) {
            CitationBlock block = PARSER.read(sample.text, span);
            ApparatusInvariants.check(sample.text, block);
            List<String> works = new ArrayList<>(labels(block));
            block.notes().forEach(n -> n.works().forEach(w -> works.add(w.label())));
            assertThat(works).as("works of %s", sample.text.slice(span)).isNotEmpty();
            block.allDiagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO)
                    .forEach(d -> warnings.add(d.code()));
            assertThat(block.citations()).allMatch(Citation::known, "every work cited in the sample is in the authority");
        }
        // The sample's only misprints: 聖宋本紀 and 《宋史，太宗本紀》. Nothing unread, nothing unknown.
        assertThat(warnings).containsExactly("WORK_SECTION_CORRECTED", "WORK_SEPARATOR_CORRECTED");
    }

    @Test
    void changbianByJuan() {
        CitationBlock block = read("（《宋史·太宗本紀》及《長編》三十五）");
        assertThat(block.citations()).extracting(Citation::work, Citation::section, Citation::juan).containsExactly(
                org.assertj.core.groups.Tuple.tuple("宋史", "太宗本紀", null),
                org.assertj.core.groups.Tuple.tuple("續資治通鑑長編", null, 35));
        assertThat(block.citations().get(1).asCited()).isEqualTo("《長編》三十五");
        assertThat(block.diagnostics()).isEmpty();

        Citation smallNote = read("（《長編》一百七十七小注）").citations().get(0);
        assertThat(smallNote.juan()).isEqualTo(177);
        assertThat(smallNote.smallNote()).isTrue();
        assertThat(read("（《長編》卷四十二）").citations().get(0).juan()).isEqualTo(42);
    }

    @Test
    void misprintedSectionIsCorrectedOutLoud() {
        CitationBlock block = read("（《遼史·聖宋本紀》）");
        assertThat(labels(block)).containsExactly("遼史·聖宗本紀");
        assertThat(block.citations().get(0).asCited()).isEqualTo("《遼史·聖宋本紀》");
        assertThat(codes(block)).containsExactly("WORK_SECTION_CORRECTED");
        assertThat(block.diagnostics().get(0).message()).contains("聖宋本紀", "聖宗本紀");

        CitationBlock comma = read("（《宋史，太宗本紀》、《夏國傳》及李繼隆、石保興、王德用等傳）");
        assertThat(labels(comma)).containsExactly("宋史·太宗本紀", "宋史·夏國傳", "宋史·李繼隆傳", "宋史·石保興傳", "宋史·王德用傳");
        assertThat(codes(comma)).contains("WORK_SEPARATOR_CORRECTED");

        CitationBlock title = read("（《續資治通鑑長篇》三十五）");
        assertThat(labels(title)).containsExactly("續資治通鑑長編");
        assertThat(codes(title)).containsExactly("WORK_TITLE_CORRECTED");
    }

    @Test
    void unknownTitlesAreKeptAsCitedAndFlagged() {
        CitationBlock block = read("（《明史·西夏傳》及《長篇》）");
        assertThat(block.citations()).extracting(Citation::label, Citation::known)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("明史·西夏傳", false),
                        org.assertj.core.groups.Tuple.tuple("長篇", false));
        assertThat(codes(block)).containsExactly("WORK_UNKNOWN", "WORK_UNKNOWN");
    }

    @Test
    void separatorsSectionListsAndBiographies() {
        assertThat(labels(read("（《宋史·夏國傳、党項傳》及《西夏書事》）")))
                .containsExactly("宋史·夏國傳", "宋史·党項傳", "西夏書事");
        assertThat(labels(read("（《宋史》張崇貴、許均傳）"))).containsExactly("宋史·張崇貴傳", "宋史·許均傳");
        assertThat(labels(read("（《遼史·聖宗本紀》及《肖撻凜傳》）"))).containsExactly("遼史·聖宗本紀", "遼史·蕭撻凜傳");
        assertThat(labels(read("（《宋史·太宗本紀》並《長編》三十五）"))).containsExactly("宋史·太宗本紀", "續資治通鑑長編");
        CitationBlock shared = read("（《宋史·太宗本紀》及《張崇貴》、《竇神寶傳》）");
        assertThat(labels(shared)).containsExactly("宋史·太宗本紀", "宋史·張崇貴傳", "宋史·竇神寶傳");
        assertThat(codes(shared)).containsExactly("SECTION_COMPLETED");
    }

    @Test
    void authorsBeforeTitles() {
        CitationBlock block = read("（王氏《東都事略》、彭百川《太平治跡統類》及陸壽名《續太平廣記·智術類》並富弼《上仁宗論西夏八事疏》）");
        assertThat(block.citations()).extracting(Citation::label, Citation::author).containsExactly(
                org.assertj.core.groups.Tuple.tuple("東都事略", "王氏"),
                org.assertj.core.groups.Tuple.tuple("太平治跡統類", "彭百川"),
                org.assertj.core.groups.Tuple.tuple("續太平廣記·智術類", "陸壽名"),
                org.assertj.core.groups.Tuple.tuple("上仁宗論西夏八事疏", "富弼"));
        assertThat(block.diagnostics()).isEmpty();
        // The author settles which 《通鑑》 is meant.
        assertThat(labels(read("（薛應旂《通鑑》）"))).containsExactly("宋元資治通鑑");
        assertThat(labels(read("（司馬光《通鑑》）"))).containsExactly("資治通鑑");
    }

    @Test
    void ownBiographyBelongsToTheHistoryCitedBefore() {
        CitationBlock block = read("（《宋史·太宗本紀》，均見本傳）");
        assertThat(block.citations()).extracting(Citation::work, Citation::section, Citation::asCited)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("宋史", "太宗本紀", "《宋史·太宗本紀》"),
                        org.assertj.core.groups.Tuple.tuple("宋史", null, "均見本傳"));
        CitationBlock alone = read("（見本傳）");
        assertThat(alone.citations()).extracting(Citation::known).containsExactly(false);
        assertThat(codes(alone)).containsExactly("OWN_BIOGRAPHY_UNRESOLVED");
    }

    @Test
    void halfWidthBracketsAndNotesAfterCitations() {
        CitationBlock block = read("(《宋史·夏國傳》及《長編》三十六。按《李繼隆傳》：初，裨將侯延廣議。考《太宗紀》不言。)");
        assertThat(labels(block)).containsExactly("宋史·夏國傳", "續資治通鑑長編");
        assertThat(block.notes()).hasSize(1);
        assertThat(block.notes().get(0).works()).extracting(WorkRef::label).containsExactly("宋史·李繼隆傳", "宋史·太宗本紀");
        assertThat(block.notes().get(0).kind()).isEqualTo(DiscrepancyKind.OMISSION);
    }

    @Test
    void malformedBlocksGiveDiagnosticsNotExceptions() {
        assertThat(codes(read("（）"))).containsExactly("EMPTY_CITATION");
        assertThat(codes(read("(  )"))).containsExactly("EMPTY_CITATION");
        assertThat(codes(read(""))).containsExactly("EMPTY_CITATION");
        CitationBlock unclosed = read("（《宋史·夏國傳及《長編》三十五）");
        assertThat(codes(unclosed)).contains("UNCLOSED_TITLE");
        assertThat(labels(unclosed)).contains("續資治通鑑長編");
        assertThat(codes(read("（《宋史·夏國傳》"))).contains("UNBALANCED_BRACKET");
        assertThat(codes(read("（《》）"))).contains("EMPTY_TITLE");
        assertThat(codes(read("（甲乙丙丁。）"))).contains("CITATION_UNREADABLE", "NO_CITATION");

        String huge = "（《宋史·夏國傳》及" + "繼遷攻靈州，".repeat(5000 / 6) + "）";
        CitationBlock long5000 = read(huge);
        assertThat(codes(long5000)).contains("CITATION_TOO_LONG");
        // A swallowed narrative is summed up, not listed stretch by stretch.
        assertThat(codes(long5000)).hasSize(CappedDiagnostics.CAP + 1).endsWith("DIAGNOSTICS_TRUNCATED");
        assertThat(labels(long5000)).startsWith("宋史·夏國傳");
        assertThat(codes(read("（" + "《".repeat(5000) + "）"))).contains("UNCLOSED_TITLE");
    }

    @Test
    void hugePathologicalBlocksAreReadWithCappedDiagnostics() {
        List<String> inputs = List.of(
                "（按" + "《宋史·夏國傳》不載，".repeat(20000) + "）",
                "（" + "《".repeat(100000) + "）",
                "（" + "》".repeat(100000) + "）",
                "（" + "李燾曰：「".repeat(30000) + "）",
                "（" + "一作一作".repeat(30000) + "）",
                "（" + "見本傳".repeat(30000) + "）");
        NoteReader notes = NoteReader.of(Works.builtIn());
        for (String input : inputs) {
            CitationBlock block = read(input);
            SourceText text = SourceText.of("t", input);
            CriticalNote note = notes.read(text, new Span(0, text.length()), "宋史");
            assertThat(block.diagnostics().size()).isLessThanOrEqualTo(CappedDiagnostics.CAP + 1);
            assertThat(note.diagnostics().size()).isLessThanOrEqualTo(CappedDiagnostics.CAP + 1);
        }
    }

    @Test
    void randomClassicalLikeInputNeverThrows() {
        long seed = Long.getLong("biannian.seed", 20261126L); // fixed, so a build passes or fails on the code alone
        Random random = new Random(seed);
        int[] alphabet = "《》（）()·、，。及並按考曰作一見本傳宋史長編三十五遼聖宗紀「」『』<>".codePoints().toArray();
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                int pick = random.nextInt(10);
                int c = pick < 6 ? alphabet[random.nextInt(alphabet.length)]
                        : pick < 8 ? 0x4E00 + random.nextInt(0x9FFF - 0x4E00)
                        : pick < 9 ? 0x20000 + random.nextInt(0x2A6DF - 0x20000)
                        : 0xE000 + random.nextInt(0x1900);
                b.appendCodePoint(c);
            }
            String input = (random.nextBoolean() ? "（" : "") + b + (random.nextBoolean() ? "）" : "");
            try {
                read(input);
                SourceText text = SourceText.of("t", input);
                ApparatusInvariants.check(text, NoteReader.of(Works.builtIn()).read(text, new Span(0, text.length()), "宋史"));
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("seed " + seed + ", input 「" + input + "」 " + input.codePoints()
                        .mapToObj(Integer::toHexString).toList(), e);
            }
        }
    }

    @Test
    void extensionBCharactersCountAsOneCodePoint() {
        CitationBlock block = read("𨫼（《宋史·夏國傳》及《長編》三十五）".substring(2));
        assertThat(block.citations()).hasSize(2);
        SourceText text = SourceText.of("t", "𨫼子山。（《宋史·夏國傳》）");
        CitationBlock offset = PARSER.read(text, new Span(4, text.length()));
        ApparatusInvariants.check(text, offset);
        assertThat(offset.citations().get(0).span()).isEqualTo(new Span(5, 13));
    }

    @Test
    void readingIsTheSameTwiceAndOnSeveralThreads() throws Exception {
        SampleBlocks sample = SampleBlocks.load();
        List<CitationBlock> once = sample.blocks.stream().map(s -> PARSER.read(sample.text, s)).toList();
        assertThat(sample.blocks.stream().map(s -> PARSER.read(sample.text, s)).toList()).isEqualTo(once);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<CitationBlock>>> runs = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                runs.add(pool.submit(() -> sample.blocks.stream().map(s -> PARSER.read(sample.text, s)).toList()));
            }
            for (Future<List<CitationBlock>> run : runs) {
                assertThat(run.get()).isEqualTo(once);
            }
        } finally {
            pool.shutdown();
        }
    }
}
