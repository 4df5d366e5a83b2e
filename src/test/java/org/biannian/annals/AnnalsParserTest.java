package org.biannian.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.Jdn;
import org.biannian.testing.Shared;
import org.biannian.testing.SpanAssertions;
import org.biannian.text.Span;
import org.biannian.text.SourceText;
import org.biannian.text.TextView;
import org.biannian.text.KanripoReader;
import org.biannian.text.WikiReader;
import org.junit.jupiter.api.Test;

class AnnalsParserTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();

    static Chronicle parseSample() {
        SourceText text = Shared.read(Shared.sample());
        return AnnalsParser.parse(TextView.of(text), new ParseOptions("淳化五年", null, null), CALENDAR);
    }

    @Test
    void sampleGivesExactlyTheGoldEntries() {
        Chronicle chronicle = parseSample();
        List<String[]> gold = Shared.lines("gold/xixiaji-994-998.entries.tsv").stream().map(l -> l.split("\t")).toList();
        assertThat(chronicle.style()).isEqualTo(Chronicle.Style.GANGMU);
        List<String> mismatches = new ArrayList<>();
        for (String[] g : gold) {
            int index = Integer.parseInt(g[0]);
            if (index > chronicle.entries().size()) {
                mismatches.add(index + ": missing");
                continue;
            }
            Entry e = chronicle.entries().get(index - 1);
            String headline = chronicle.source().slice(e.headline());
            String got = String.join("|", String.valueOf(e.year().julianYear()), e.year().era(),
                    String.valueOf(e.year().eraYear()), String.valueOf(e.date().month()), e.date().leap() ? "1" : "0");
            String want = String.join("|", g[1], g[2], g[3], g[4], g[5]);
            if (!got.equals(want) || !headline.startsWith(g[6])) {
                mismatches.add(index + ": want " + want + " 「" + g[6] + "」, got " + got + " 「" + headline + "」");
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(chronicle.entries()).hasSize(gold.size());
    }

    @Test
    void sampleEntriesCarryTheirBlocksNarrativesAndNotes() {
        Chronicle chronicle = parseSample();
        SourceText text = chronicle.source();
        Entry second = chronicle.entries().get(1);
        assertThat(text.slice(second.headline())).isEqualTo("繼遷攻靈州。州將慕容德豐迎擊，敗之。宋詔遣李繼隆等進討繼遷。");
        assertThat(text.slice(second.narrative())).startsWith("先是，靈州及通遠軍皆言").endsWith("以討繼遷。");
        assertThat(second.citationBlocks()).hasSize(1);
        assertThat(text.slice(second.citationBlocks().get(0))).startsWith("（《宋史·夏國傳》、《慕容德豐傳》及《長編》三十五。");
        assertThat(second.notes()).extracting(n -> text.slice(n.span()).substring(0, 2)).containsExactly("按王", "考《");

        Entry fourth = chronicle.entries().get(3);   // 「貢於契丹。（《遼史·西夏外紀》）」: headline and block, no narrative
        assertThat(fourth.narrative()).isNull();
        assertThat(text.slice(fourth.citationBlocks().get(0))).isEqualTo("（《遼史·西夏外紀》）");

        Entry sixth = chronicle.entries().get(5);    // an inline variant note inside the headline
        assertThat(sixth.notes()).extracting(n -> n.kind()).containsExactly(Note.Kind.INLINE);
        assertThat(text.slice(sixth.notes().get(0).span())).isEqualTo("（一作<白\uE7B7>遇）");
        assertThat(sixth.citationBlocks()).hasSize(1);

        Entry fifteenth = chronicle.entries().get(14); // a narrative that opens with a date keeps the headline's month
        assertThat(text.slice(fifteenth.narrative())).startsWith("四月壬寅");
        assertThat(fifteenth.date().month()).isEqualTo(3);
    }

    @Test
    void segmentsReproduceEveryCorpusFileExactly() {
        for (var file : Shared.corpusFiles()) {
            SourceText text = Shared.read(file);
            TextView view = WikiReader.isWikiFile(file.toString()) ? WikiReader.read(text)
                    : KanripoReader.isKanripo(text) ? KanripoReader.read(text, AnnalsParser.opensParagraph(CALENDAR)) : TextView.of(text);
            Chronicle chronicle = AnnalsParser.parse(view, ParseOptions.defaults(), CALENDAR);
            StringBuilder joined = new StringBuilder();
            int at = 0;
            for (Segment s : chronicle.segments()) {
                assertThat(s.span().start()).as("segments are contiguous in %s", file).isEqualTo(at);
                joined.append(text.slice(s.span()));
                at = s.span().end();
            }
            assertThat(at).isEqualTo(text.length());
            assertThat(joined.toString()).isEqualTo(text.text());
            SpanAssertions.assertWellFormed(text, chronicle.segments().stream().map(Segment::span).toList());
            SpanAssertions.assertWellFormed(text, chronicle.entries().stream().map(Entry::span).toList());
            for (Entry e : chronicle.entries()) {
                List<Span> parts = new ArrayList<>(e.citationBlocks());
                parts.add(e.headline());
                parts.addAll(e.notes().stream().map(Note::span).toList());
                if (e.narrative() != null) {
                    parts.add(e.narrative());
                }
                assertThat(parts).allSatisfy(p -> assertThat(e.span().contains(p)).as("%s inside entry %d", p, e.index()).isTrue());
            }
            // The same input parses to the same chronicle every time.
            assertThat(AnnalsParser.parse(view, ParseOptions.defaults(), CALENDAR)).isEqualTo(chronicle);
        }
    }

    @Test
    void songshiStatementsMatchTheReferenceVectors() {
        SourceText text = Shared.read(Shared.songshi5());
        Chronicle chronicle = AnnalsParser.parse(WikiReader.read(text), ParseOptions.defaults(), CALENDAR);
        assertThat(chronicle.style()).isEqualTo(Chronicle.Style.BENJI);
        // Each vector row: era, era_year, month, leap, day ganzhi. Match them in order against the entries with a day.
        List<String> got = new ArrayList<>();
        for (Entry e : chronicle.entries()) {
            if (e.date().ganzhi() != null) {
                got.add(String.join(",", e.year().era(), String.valueOf(e.year().eraYear()),
                        String.valueOf(e.date().month()), e.date().leap() ? "1" : "0", Jdn.ganzhiName(e.date().ganzhi())));
            }
        }
        List<String> want = Shared.lines("reference/vectors/songshi_juan5_dated_entries_985_997.csv").stream().skip(1)
                .map(l -> l.split(",")).map(c -> String.join(",", c[1], c[2], c[3], c[4], c[5])).toList();
        int matched = longestCommonSubsequence(want, got);
        // Every parsed statement that a reference row names resolves to that row's JDN, or is flagged as the row says.
        java.util.Map<String, String[]> rows = new java.util.HashMap<>();
        Shared.lines("reference/vectors/songshi_juan5_dated_entries_985_997.csv").stream().skip(1).map(l -> l.split(",", -1))
                .forEach(c -> rows.put(String.join(",", c[1], c[2], c[3], c[4], c[5]), c));
        int checked = 0;
        for (Entry e : chronicle.entries()) {
            if (e.date().ganzhi() == null) {
                continue;
            }
            String[] row = rows.get(String.join(",", e.year().era(), String.valueOf(e.year().eraYear()),
                    String.valueOf(e.date().month()), e.date().leap() ? "1" : "0", Jdn.ganzhiName(e.date().ganzhi())));
            if (row == null) {
                continue;
            }
            checked++;
            if (row[11].equals("agree")) {
                assertThat(e.date().resolved().jdn()).as("entry %d %s", e.index(), String.join(",", row)).isEqualTo(Integer.parseInt(row[7]));
            } else if (row[11].equals("ganzhi_not_in_month")) {
                assertThat(e.date().resolved().diagnostics()).extracting(d -> d.code().name()).contains("GANZHI_NOT_IN_MONTH");
                assertThat(chronicle.diagnostics()).anyMatch(d -> d.code().equals("GANZHI_NOT_IN_MONTH") && e.span().contains(d.span()));
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(440);
        System.out.printf("宋史卷5: %d of %d reference statements matched (%d dated entries parsed)%n",
                matched, want.size(), got.size());
        assertThat(matched).isGreaterThanOrEqualTo(440);
    }

    /** Matches in order, so a shifted or missing statement costs only itself. */
    private static int longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.size()][b.size()];
    }
}
