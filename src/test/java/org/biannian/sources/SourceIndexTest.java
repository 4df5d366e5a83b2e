package org.biannian.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.biannian.annals.AnnalsParser;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annals.ParseOptions;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.text.SourceText;
import org.biannian.text.Span;
import org.biannian.text.TextView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SourceIndexTest {

    private static SampleBlocks sample;
    private static Chronicle chronicle;
    private static List<EntrySources> entries;
    private static SourceIndex index;

    @BeforeAll
    static void parseSample() throws Exception {
        sample = SampleBlocks.load();
        chronicle = AnnalsParser.parse(TextView.of(sample.text), new ParseOptions("淳化五年", null, null),
                ChineseCalendar.builtIn());
        entries = ChronicleSources.of(Works.builtIn()).read(chronicle);
        index = SourceIndex.build(entries);
    }

    @Test
    void theAnnalsParserFindsTheSameBlocksAsTheIndependentMethod() {
        List<Span> fromParser = new ArrayList<>();
        for (Entry e : chronicle.entries()) {
            fromParser.addAll(e.citationBlocks());
            for (Span block : e.citationBlocks()) {
                assertThat(sample.entryOf(block).index()).as("entry of %s", sample.text.slice(block)).isEqualTo(e.index());
            }
        }
        assertThat(fromParser).isEqualTo(sample.blocks);
        for (EntrySources e : entries) {
            e.blocks().forEach(b -> ApparatusInvariants.check(sample.text, b));
            e.inlineNotes().forEach(n -> ApparatusInvariants.check(sample.text, n));
        }
    }

    @Test
    void songHistoryXiaGuoZhuanEntries() {
        SourceIndex.Row xiaGuo = row("宋史", "夏國傳", null);
        assertThat(xiaGuo.entries()).isEqualTo(expectedEntries(part -> part.contains("夏國傳")));
        int mentions = 0;
        for (Span block : sample.blocks) {
            mentions += citationPart(block).split("夏國傳", -1).length - 1;
        }
        assertThat(xiaGuo.citations()).isEqualTo(mentions);
    }

    @Test
    void changbianEntriesByJuan() {
        Map<Integer, Set<Integer>> expected = new TreeMap<>();
        Pattern juan = Pattern.compile("《長編》([一二三四五六七八九十百]+)");
        for (Span block : sample.blocks) {
            Matcher m = juan.matcher(citationPart(block));
            while (m.find()) {
                expected.computeIfAbsent(chineseNumber(m.group(1)), k -> new TreeSet<>()).add(sample.entryOf(block).index());
            }
        }
        assertThat(expected.keySet()).containsExactly(35, 36, 37, 38, 42);
        for (var e : expected.entrySet()) {
            assertThat(row("續資治通鑑長編", null, e.getKey()).entries()).as("juan %d", e.getKey()).containsExactlyElementsOf(e.getValue());
        }
        SourceIndex.WorkSummary changbian = summary("續資治通鑑長編");
        assertThat(changbian.juans()).containsExactly(35, 36, 37, 38, 42);
        assertThat(changbian.years()).containsExactly(994, 995, 997);
        assertThat(index.juanMismatches()).isEmpty();
    }

    @Test
    void liaoShengzongAnnalsAndXixiaShushiEntries() {
        // The misprint 聖宋本紀 is a citation of 聖宗本紀.
        assertThat(row("遼史", "聖宗本紀", null).entries())
                .isEqualTo(expectedEntries(part -> part.contains("聖宗本紀") || part.contains("聖宋本紀")));
        assertThat(row("西夏書事", null, null).entries()).isEqualTo(expectedEntries(part -> part.contains("《西夏書事》")));
        assertThat(row("遼史", "聖宗本紀", null).years()).containsExactly(994, 995, 996, 997, 998);
    }

    @Test
    void singleSourceEntriesAndWorksSetAgainstEachOther() {
        List<Integer> xixiaShushiAlone = index.singleSource().stream().filter(s -> s.work().equals("西夏書事"))
                .map(SourceIndex.SingleSource::entry).toList();
        List<Integer> expected = new ArrayList<>();
        for (Span block : sample.blocks) {
            if (citationPart(block).equals("《西夏書事》")) {
                expected.add(sample.entryOf(block).index());
            }
        }
        assertThat(xixiaShushiAlone).isEqualTo(expected).isNotEmpty();
        assertThat(index.singleSource()).extracting(SourceIndex.SingleSource::entry).doesNotContain(1, 2, 3);

        SourceIndex.Opposition jigulu = index.oppositions().stream()
                .filter(o -> o.first().equals("宋史·夏國傳") && o.second().equals("稽古錄")).findFirst().orElseThrow();
        assertThat(jigulu.notes()).extracting(SourceIndex.EntryNote::entry).containsExactly(27);
        assertThat(jigulu.notes().get(0).note().verdict()).isEqualTo("宋史·夏國傳");
        assertThat(index.notes()).extracting(n -> n.note().kind()).contains(DiscrepancyKind.DATE, DiscrepancyKind.NAME,
                DiscrepancyKind.PLACE, DiscrepancyKind.ATTRIBUTION, DiscrepancyKind.OMISSION);
    }

    @Test
    void juanCitedForAYearItDoesNotCoverIsReported() {
        SourceText text = SourceText.of("t", "（《長編》三十五）");
        CitationBlock block = CitationParser.of(Works.builtIn()).read(text, new Span(0, text.length()));
        SourceIndex wrong = SourceIndex.build(List.of(new EntrySources(1, 997, List.of(block), List.of())));
        assertThat(wrong.juanMismatches()).extracting(SourceIndex.JuanMismatch::entry, SourceIndex.JuanMismatch::julianYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 997));
        assertThat(SourceIndex.build(List.of(new EntrySources(1, 994, List.of(block), List.of()))).juanMismatches()).isEmpty();
        assertThat(SourceIndex.build(List.of()).rows()).isEmpty();
    }

    private static SourceIndex.Row row(String work, String section, Integer juan) {
        return index.rows().stream().filter(r -> r.work().equals(work) && java.util.Objects.equals(r.section(), section)
                && java.util.Objects.equals(r.juan(), juan)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + work + "·" + section + " juan " + juan));
    }

    private static SourceIndex.WorkSummary summary(String work) {
        return index.works().stream().filter(w -> w.work().equals(work)).findFirst().orElseThrow();
    }

    /** Entries (gold numbering) with a block whose citations, before any note, match {@code test}. */
    private static List<Integer> expectedEntries(Predicate<String> test) {
        Set<Integer> found = new TreeSet<>();
        for (Span block : sample.blocks) {
            if (test.test(citationPart(block))) {
                found.add(sample.entryOf(block).index());
            }
        }
        return List.copyOf(found);
    }

    /** A block's text inside its brackets, up to the first note (「。按」, 「。李燾曰」), or empty if it opens with 按. */
    private static String citationPart(Span block) {
        String inner = sample.text.slice(block);
        inner = inner.substring(1, inner.length() - 1);
        if (inner.startsWith("按")) {
            return "";
        }
        int end = inner.length();
        for (String stop : List.of("。按", "。李燾曰")) {
            int at = inner.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return inner.substring(0, end);
    }

    private static int chineseNumber(String s) {
        String digits = "〇一二三四五六七八九";
        int total = 0;
        int pending = 0;
        for (char c : s.toCharArray()) {
            if (c == '十' || c == '百') {
                total += (pending == 0 ? 1 : pending) * (c == '十' ? 10 : 100);
                pending = 0;
            } else {
                pending = digits.indexOf(c);
            }
        }
        return total + pending;
    }
}
