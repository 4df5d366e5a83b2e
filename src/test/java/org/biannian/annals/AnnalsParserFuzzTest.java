package org.biannian.annals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.testing.FuzzText;
import org.biannian.testing.PipelineInvariants;
import org.biannian.text.SourceText;
import org.biannian.text.TextView;
import org.biannian.text.KanripoReader;
import org.biannian.text.WikiReader;

/**
 * Any text as annals, plain, in Wikisource markup or read as a Kanripo page, in any style, with or without a start year: the segments
 * partition it and every entry and diagnostic lies in it ({@link PipelineInvariants#checkChronicle}).
 */
class AnnalsParserFuzzTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();

    @FuzzTest(maxDuration = "45s")
    void parse(FuzzedDataProvider data) {
        boolean wiki = data.consumeBoolean();
        boolean kanripo = !wiki && data.consumeBoolean();
        String start = data.pickValue(new String[] {"", "淳化五年", "開寶元年"});
        Chronicle.Style style = data.pickValue(new Chronicle.Style[] {Chronicle.Style.GANGMU, Chronicle.Style.BENJI,
            Chronicle.Style.BIANNIAN, Chronicle.Style.SIKU_GANGMU, null});
        SourceText text = SourceText.of(wiki ? "fuzz.wiki" : "fuzz.txt", FuzzText.text(data, 3000));
        TextView view = wiki ? WikiReader.read(text)
                : kanripo ? KanripoReader.read(text, AnnalsParser.opensParagraph(CALENDAR)) : TextView.of(text);
        try {
            Chronicle chronicle = AnnalsParser.parse(view, new ParseOptions(start.isEmpty() ? null : start, null, style), CALENDAR);
            PipelineInvariants.checkChronicle(chronicle);
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("parse of " + text.name() + " " + FuzzText.escape(text.text()) + " (start " + start
                    + ", style " + style + "): " + e, e);
        }
    }
}
