package org.biannian.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.biannian.Biannian;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annals.EntryDate;
import org.biannian.annals.EntryYear;
import org.biannian.annotate.Candidate;
import org.biannian.annotate.Mention;
import org.biannian.calendar.Alternative;
import org.biannian.calendar.DateDiagnostic;
import org.biannian.calendar.DateExpression;
import org.biannian.calendar.Precision;
import org.biannian.calendar.Reading;
import org.biannian.calendar.Regime;
import org.biannian.calendar.Resolution;
import org.biannian.text.Diagnostic;
import org.biannian.text.DocumentTitle;
import org.biannian.text.Span;
import org.biannian.text.TextFormat;
import org.biannian.text.TextPosition;
import org.biannian.annals.ParseOptions;
import org.biannian.authority.AuthorityRecord;
import org.biannian.testing.Shared;
import org.biannian.text.SourceText;
import org.biannian.text.TextView;
import org.biannian.text.VariantFolding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stored analysis (issue 14) reads back exactly what ingest found, for every text of the corpus, and
 * damaged or foreign data is refused with a message, never read as something else.
 */
class AnalysisCodecTest {

    private static final Biannian BIANNIAN = Biannian.create();
    private static final Function<String, AuthorityRecord> RECORDS = id -> BIANNIAN.authority().find(id).orElse(null);

    private static List<Analysed> corpus;

    /** A corpus file analysed as ingest would, and its blob. */
    private record Analysed(Path file, SourceText text, Analysis analysis, byte[] blob) {
    }

    @BeforeAll
    static void analyseTheCorpus() {
        corpus = Shared.corpusFiles().stream().map(file -> {
            SourceText text = Shared.read(file);
            // The sample has no year headings: it opens in 淳化五年, as its ingest is told.
            ParseOptions options = file.getFileName().toString().startsWith("xixiaji")
                    ? new ParseOptions("淳化五年", null, null) : ParseOptions.defaults();
            Analysis a = BIANNIAN.analyse(Biannian.documentKey(file), text, options);
            return new Analysed(file, text, a, AnalysisCodec.encode(a));
        }).toList();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(11);
    }

    /** The blob decoded against the stored text read again, as the library will: a SourceText of its own. */
    private static Analysis decode(Analysed d, byte[] blob) {
        return AnalysisCodec.decode(blob, d.analysis().key(), d.analysis().sha256(),
                SourceText.of(d.text().name(), d.text().text()), RECORDS);
    }

    /**
     * Every part of {@code actual} equals {@code expected}'s by record equality; the view (a class) by what it
     * shows, where each of its characters stands in the source, and its title.
     */
    static void assertSameAnalysis(Analysis actual, Analysis expected) {
        Chronicle c = expected.chronicle();
        Chronicle cb = actual.chronicle();
        String name = expected.key();
        assertThat(actual.key()).isEqualTo(expected.key());
        assertThat(actual.sha256()).isEqualTo(expected.sha256());
        assertThat(cb.source().text()).isEqualTo(c.source().text());
        assertSameView(cb.view(), c.view(), name);
        assertThat(cb.options()).as("options of %s", name).isEqualTo(c.options());
        assertThat(cb.style()).as("style of %s", name).isEqualTo(c.style());
        assertThat(cb.entries()).as("entries of %s", name).isEqualTo(c.entries());
        assertThat(cb.segments()).as("segments of %s", name).isEqualTo(c.segments());
        assertThat(cb.diagnostics()).as("diagnostics of %s", name).isEqualTo(c.diagnostics());
        assertThat(actual.mentions()).as("mentions of %s", name).isEqualTo(expected.mentions());
        assertThat(actual.sources()).as("sources of %s", name).isEqualTo(expected.sources());
        assertThat(actual.records()).as("records of %s", name).isEqualTo(expected.records());
        // Nothing is left out of the comparison: with the view swapped in, the records are equal as a whole.
        Analysis withView = new Analysis(actual.key(), actual.sha256(), new Chronicle(c.view(), cb.options(), cb.style(),
                cb.entries(), cb.segments(), cb.diagnostics()), actual.mentions(), actual.sources(), actual.records());
        assertThat(withView).isEqualTo(expected);
    }

    private static void assertSameView(TextView actual, TextView expected, String name) {
        assertThat(actual.isIdentity()).as("identity view of %s", name).isEqualTo(expected.isIdentity());
        assertThat(actual.text().text()).as("view text of %s", name).isEqualTo(expected.text().text());
        assertThat(actual.title()).as("title of %s", name).isEqualTo(expected.title());
        for (int i = 0; i <= expected.text().length(); i++) {
            if (actual.toSource(i) != expected.toSource(i)) {
                throw new AssertionError("view of " + name + ": code point " + i + " stands at " + actual.toSource(i)
                        + ", not at " + expected.toSource(i));
            }
        }
    }

    @Test
    void everyCorpusFileReadsBackExactly() {
        for (Analysed d : corpus) {
            assertThat(d.analysis().chronicle().entries()).as("entries hold something in %s", d.file()).isNotEmpty();
            assertThat(d.analysis().mentions()).as("mentions hold something in %s", d.file()).isNotEmpty();
            assertSameAnalysis(decode(d, d.blob()), d.analysis());
        }
    }

    @Test
    void theViewReadBackIsTheOneTheReadersGiveAgain() {
        for (Analysed d : corpus) {
            SourceText again = SourceText.of(d.text().name(), d.text().text());
            assertSameView(decode(d, d.blob()).chronicle().view(),
                    BIANNIAN.view(again, d.analysis().chronicle().options().format()), d.analysis().key());
        }
    }

    @Test
    void equalAnalysesGiveEqualBytes() {
        // A library can tell a changed analysis by its blob.
        for (Analysed d : corpus) {
            assertThat(AnalysisCodec.encode(decode(d, d.blob()))).as("%s", d.file().getFileName()).isEqualTo(d.blob());
        }
    }

    /** The parts a round trip must carry really occur in the corpus, so the test above exercises them. */
    @Test
    void theCorpusExercisesEveryPartOfTheFormat() {
        List<Analysis> all = corpus.stream().map(Analysed::analysis).toList();
        assertThat(all.stream().flatMap(a -> a.mentions().stream()).filter(m -> !m.candidates().isEmpty())).isNotEmpty();
        assertThat(all.stream().flatMap(a -> a.sources().stream()).flatMap(s -> s.citations().stream())).isNotEmpty();
        assertThat(all.stream().flatMap(a -> a.sources().stream()).flatMap(s -> s.notes().stream())
                .filter(n -> !n.variants().isEmpty())).isNotEmpty();
        assertThat(all.stream().flatMap(a -> a.chronicle().entries().stream())
                .filter(e -> e.date().resolved() != null && !e.date().resolved().diagnostics().isEmpty())).isNotEmpty();
        assertThat(all.stream().flatMap(a -> a.chronicle().diagnostics().stream())).isNotEmpty();
        assertThat(all.stream().filter(a -> !a.chronicle().view().isIdentity())).as("wiki and Kanripo views").isNotEmpty();
        assertThat(all.stream().filter(a -> !a.records().isEmpty())).isNotEmpty();
    }

    /**
     * Values the corpus does not hold (another table's reading of a month, a regime named for part of its
     * years, texts that are not the text at their span, a date with nothing written or resolved, a view that
     * shows a character otherwise) read back too.
     */
    @Test
    void theRarePartsReadBackToo() {
        Analysis a = sample().analysis();
        Chronicle c = a.chronicle();
        List<Entry> entries = new ArrayList<>(c.entries());
        Entry first = entries.get(0);
        Regime northernSong = new Regime("song", "宋", List.of("宋", "北宋", "南宋"), "official", true, 960, 1126);
        DateExpression guessed = new DateExpression("是月", null, null, null, null, null, false, true, null, null,
                DateExpression.LunarPhase.HUI, DateExpression.Scope.MONTH);
        Resolution odd = new Resolution(guessed, northernSong, "淳化", 5, 994, 3, true, Precision.DAY, 2084567, 2084560,
                2084589, List.of(new DateDiagnostic(DateDiagnostic.Code.GANZHI_NOT_PHASE, DateDiagnostic.Severity.WARNING,
                        "not the last day", List.of(new Reading(northernSong, null, null, 994, null, false, null, "前月")))),
                List.of(new Alternative("DDBC:北宋", 2084559, 2084588, null), new Alternative("ytliu0", 2084561, 2084590, 2084568)));
        entries.set(0, new Entry(first.index(), first.span(), first.headline(), first.narrative(), first.citationBlocks(),
                first.notes(), first.year(), new EntryDate(first.date().written(), first.date().span(), 3, true, 59, true, odd)));
        Entry second = entries.get(1);
        entries.set(1, new Entry(second.index(), second.span(), second.headline(), null, List.of(), List.of(),
                new EntryYear(null, null, 0, null, null), new EntryDate(null, null, 0, false, null, false, null)));
        List<Mention> mentions = new ArrayList<>(a.mentions());
        Mention m = mentions.get(0);
        mentions.set(0, new Mention(m.span(), "not the text", m.type(), "another name", null,
                List.of(new Candidate("per:a", "甲", 0.25), new Candidate("per:b", "乙", Double.MIN_VALUE)), "rule:test"));
        List<Diagnostic> diagnostics = new ArrayList<>(c.diagnostics());
        diagnostics.add(new Diagnostic("MADE_UP", Diagnostic.Severity.INFO, "a position not the span's", new Span(5, 9),
                new TextPosition(7, 3)));
        // A view that leaves the first character out, shows the third as another, and has a title.
        SourceText source = c.source();
        int[] offsets = java.util.stream.IntStream.range(1, source.length()).toArray();
        String shown = source.slice(1, 2) + "＊" + source.slice(3, source.length());
        TextView view = TextView.mapped(source, shown, offsets).withTitle(new DocumentTitle("西夏紀", "卷二十"));
        Analysis rare = new Analysis(a.key(), a.sha256(), new Chronicle(view,
                new ParseOptions(null, "遼", Chronicle.Style.GANGMU, TextFormat.PLAIN, null, "A title"), c.style(), entries,
                c.segments(), diagnostics), mentions, a.sources(), a.records());
        Analysis back = AnalysisCodec.decode(AnalysisCodec.encode(rare), a.key(), a.sha256(), c.source(), RECORDS);
        assertSameAnalysis(back, rare);
        Resolution r = back.chronicle().entries().get(0).date().resolved();
        assertThat(r.regime().fromLunarYear()).isEqualTo(960);
        assertThat(r.diagnostics().get(0).readings().get(0).regime().toLunarYear()).isEqualTo(1126);
    }

    @Test
    void aUserVariantListReadsBackAsTheSameFolding() throws Exception {
        Analysed sample = sample();
        VariantFolding mine = VariantFolding.builtIn().extendedBy("mine.tsv", "𠮷\t吉\n甲\t乙\n");
        Analysis a = BIANNIAN.analyse(sample.analysis().key(), sample.text(),
                sample.analysis().chronicle().options().withVariants(mine));
        Analysis back = AnalysisCodec.decode(AnalysisCodec.encode(a), a.key(), a.sha256(), a.chronicle().source(), RECORDS);
        assertThat(back.chronicle().options().variants().fold('甲')).isEqualTo((int) '乙');
        assertThat(VariantFolding.builtIn().fold('甲')).isEqualTo((int) '甲');
        assertSameAnalysis(back, a);
    }

    @Test
    void aStringThatIsNotUtf8IsRefusedAndAReplacementCharacterKept() {
        byte[] replacement = "\uFFFD".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        BlobInput kept = new BlobInput(new byte[] {1, 3, replacement[0], replacement[1], replacement[2], 2}, "a test blob");
        assertThat(kept.readString()).isEqualTo("\uFFFD");
        assertThat(kept.readString()).as("the table's first string").isEqualTo("\uFFFD");
        BlobInput bad = new BlobInput(new byte[] {1, 2, (byte) 0xC3, 0x28}, "a test blob");
        assertThatThrownBy(bad::readString).isInstanceOf(LibraryException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void anUnknownVersionIsRefusedSayingSo() {
        byte[] blob = sample().blob().clone();
        blob[0] = (byte) (AnalysisCodec.VERSION + 1);
        assertThatThrownBy(() -> decode(sample(), blob))
                .isInstanceOf(LibraryException.class)
                .hasMessageContaining("「xixiaji-994-998」")
                .hasMessageContaining("version " + (AnalysisCodec.VERSION + 1))
                .hasMessageContaining("ingest");
    }

    @Test
    void truncatedDataIsRefused() {
        byte[] blob = sample().blob();
        for (int length : new int[] {0, 1, 2, blob.length / 2, blob.length - 1}) {
            assertThatThrownBy(() -> decode(sample(), Arrays.copyOf(blob, length)))
                    .as("cut to %d bytes", length)
                    .isInstanceOf(LibraryException.class)
                    .hasMessageContaining("「xixiaji-994-998」");
        }
    }

    @Test
    void corruptedDataIsRefused() {
        byte[] blob = sample().blob();
        for (int at = 1; at < blob.length; at += Math.max(1, blob.length / 40)) {
            byte[] bad = blob.clone();
            bad[at] ^= 0x5A;
            int where = at;
            assertThatThrownBy(() -> decode(sample(), bad)).as("byte %d flipped", where)
                    .isInstanceOf(LibraryException.class).hasMessageContaining("damaged");
        }
        byte[] longer = Arrays.copyOf(blob, blob.length + 3);
        assertThatThrownBy(() -> decode(sample(), longer)).isInstanceOf(LibraryException.class)
                .hasMessageContaining("follow its end");
    }

    @Test
    void theAnalysisOfAnotherTextIsRefused() {
        Analysed other = corpus.stream().filter(d -> d.file().toString().endsWith(".wiki")).findFirst().orElseThrow();
        assertThatThrownBy(() -> AnalysisCodec.decode(sample().blob(), "xixiaji-994-998", "x", other.analysis().chronicle().source(),
                RECORDS)).isInstanceOf(LibraryException.class).hasMessageContaining("characters, not of this one");
    }

    @Test
    void aRecordTheAuthorityNoLongerHoldsIsNamed() {
        Analysed d = sample();
        String gone = d.analysis().records().keySet().stream().sorted().findFirst().orElseThrow();
        Map<String, AuthorityRecord> held = d.analysis().records();
        assertThatThrownBy(() -> AnalysisCodec.decode(d.blob(), "xixiaji-994-998", "x", d.analysis().chronicle().source(),
                id -> id.equals(gone) ? null : held.get(id)))
                .isInstanceOf(LibraryException.class).hasMessageContaining(gone).hasMessageContaining("ingest");
    }


    private static Analysed sample() {
        return corpus.stream().filter(d -> d.analysis().key().equals("xixiaji-994-998")).findFirst().orElseThrow();
    }
}
