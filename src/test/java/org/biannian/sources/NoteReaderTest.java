package org.biannian.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.biannian.text.SourceText;
import org.biannian.text.Span;
import org.junit.jupiter.api.Test;

class NoteReaderTest {

    private static final Works WORKS = Works.builtIn();
    private static final NoteReader NOTES = NoteReader.of(WORKS);
    private static final CitationParser PARSER = CitationParser.of(WORKS);

    /** The citation block of the sample that contains {@code words}, read. */
    private static CitationBlock sampleBlock(SampleBlocks sample, String words) {
        for (Span span : sample.blocks) {
            if (sample.text.slice(span).contains(words)) {
                CitationBlock block = PARSER.read(sample.text, span);
                ApparatusInvariants.check(sample.text, block);
                return block;
            }
        }
        throw new AssertionError("no block of the sample holds 「" + words + "」");
    }

    /** Reads the inline note of the sample that starts with {@code opening}, in the context of {@code history}. */
    private static CriticalNote sampleInline(SampleBlocks sample, String opening, String history) {
        String whole = sample.text.text();
        int at = whole.indexOf(opening);
        assertThat(at).as("「%s」 in the sample", opening).isGreaterThanOrEqualTo(0);
        int close = whole.indexOf('）', at);
        Span span = new Span(sample.text.codePointIndex(at), sample.text.codePointIndex(close + 1));
        CriticalNote note = NOTES.read(sample.text, span, history);
        ApparatusInvariants.check(sample.text, note);
        return note;
    }

    @Test
    void puluoRiverNoteIsADatingDiscrepancyDecidedForTheSongHistory() throws Exception {
        SampleBlocks sample = SampleBlocks.load();
        CitationBlock block = sampleBlock(sample, "按《稽古錄》此條係於");
        assertThat(sample.entryOf(block.span()).index()).isEqualTo(27);
        assertThat(block.citations()).isEmpty();
        assertThat(block.notes()).hasSize(1);
        CriticalNote note = block.notes().get(0);
        assertThat(note.kind()).isEqualTo(DiscrepancyKind.DATE);
        assertThat(note.works()).extracting(WorkRef::label).containsExactly("稽古錄", "宋史·夏國傳");
        assertThat(note.verdict()).isEqualTo("宋史·夏國傳");
        assertThat(note.variants()).extracting(v -> v.work().label(), VariantReading::reading, VariantReading::kind)
                .containsExactly(tuple("稽古錄", "至道元年九月", DiscrepancyKind.DATE));
    }

    @Test
    void xiaoTalinNoteNamesTheLiaoBiographyAndAnnalsAndTheOmission() throws Exception {
        SampleBlocks sample = SampleBlocks.load();
        CitationBlock block = sampleBlock(sample, "按《肖撻凜傳》");
        assertThat(block.notes()).hasSize(1);
        CriticalNote note = block.notes().get(0);
        assertThat(note.works()).extracting(WorkRef::label)
                .containsExactly("遼史·蕭撻凜傳", "遼史·西夏外紀", "遼史·聖宗本紀");
        assertThat(note.works()).extracting(WorkRef::asCited).containsExactly("《肖撻凜傳》", "《西夏傳》", "《聖宗紀》");
        assertThat(note.kind()).isEqualTo(DiscrepancyKind.OMISSION);
        assertThat(note.silentWorks()).extracting(WorkRef::label).containsExactly("遼史·聖宗本紀");
        assertThat(note.verdict()).isNull();
    }

    @Test
    void nameVariantsBecomeAliasCandidates() throws Exception {
        SampleBlocks sample = SampleBlocks.load();
        CriticalNote weiluo = sampleBlock(sample, "按嵬囉嵬悉俄").notes().get(0);
        assertThat(weiluo.kind()).isEqualTo(DiscrepancyKind.NAME);
        assertThat(weiluo.variants()).extracting(VariantReading::original, VariantReading::reading, v -> v.work().label(),
                VariantReading::aliasCandidate).containsExactly(tuple("嵬囉嵬悉俄", "嵬囉嵬悉", "宋史·夏國傳", true));

        // 「乜遇（一作<白>遇）」: a placeholder glyph is one character of the name.
        CriticalNote yiyu = sampleInline(sample, "（一作", null);
        assertThat(yiyu.variants()).extracting(VariantReading::original, VariantReading::reading, VariantReading::work)
                .containsExactly(tuple("乜遇", "<白\uE7B7>遇", null));
        assertThat(yiyu.kind()).isEqualTo(DiscrepancyKind.NAME);

        CriticalNote shibu = sampleInline(sample, "（《宋史·夏國傳》作史不", null);
        assertThat(shibu.variants()).extracting(VariantReading::original, VariantReading::reading)
                .containsExactly(tuple("史<白\uE7B7>遇", "史不<白\uE7B7>"));
    }

    @Test
    void attributionPlaceAndOtherNotes() throws Exception {
        SampleBlocks sample = SampleBlocks.load();
        CriticalNote lu = sampleInline(sample, "（按《盧之翰傳》", "宋史");
        assertThat(lu.kind()).isEqualTo(DiscrepancyKind.ATTRIBUTION);
        assertThat(lu.works()).extracting(WorkRef::label).containsExactly("宋史·盧之翰傳", "宋史·夏國傳");
        assertThat(lu.verdict()).isEqualTo("宋史·夏國傳");
        assertThat(lu.variants()).extracting(VariantReading::reading, VariantReading::aliasCandidate)
                .containsExactly(tuple("之翰違旨", false));

        CriticalNote fuzhou = sampleBlock(sample, "按鄜州").notes().get(0);
        assertThat(fuzhou.kind()).isEqualTo(DiscrepancyKind.PLACE);
        assertThat(fuzhou.variants()).extracting(VariantReading::original, VariantReading::reading, v -> v.work().label())
                .containsExactly(tuple("鄜州", "麟州", "續資治通鑑"));

        CriticalNote xue = sampleBlock(sample, "薛應祈").notes().get(0);
        assertThat(xue.works()).extracting(WorkRef::label).containsExactly("宋元資治通鑑");
        assertThat(xue.kind()).isEqualTo(DiscrepancyKind.OMISSION);
    }

    @Test
    void constructedNotes() {
        SourceText text = SourceText.of("t", "按《長編》作三千人，《宋史·夏國傳》作五千人。今從《長編》。");
        CriticalNote note = NOTES.read(text, new Span(0, text.length()));
        ApparatusInvariants.check(text, note);
        assertThat(note.kind()).isEqualTo(DiscrepancyKind.NUMBER);
        assertThat(note.verdict()).isEqualTo("續資治通鑑長編");

        SourceText unclosed = SourceText.of("t", "按《長編此條係於");
        CriticalNote broken = NOTES.read(unclosed, new Span(0, unclosed.length()));
        ApparatusInvariants.check(unclosed, broken);
        assertThat(broken.diagnostics()).extracting(d -> d.code()).contains("UNCLOSED_TITLE");
        assertThat(broken.kind()).isEqualTo(DiscrepancyKind.OTHER);
    }
}
