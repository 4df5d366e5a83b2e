package org.biannian.annals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.testing.Shared;
import org.biannian.text.Diagnostic;
import org.biannian.text.SourceText;
import org.biannian.text.TextPosition;
import org.biannian.text.TextView;
import org.junit.jupiter.api.Test;

/** Issue 16: bare CR line ends are line ends; NUL characters are reported with their line and column. */
class LineEndsTest {

    private static final ChineseCalendar CALENDAR = ChineseCalendar.builtIn();

    private static Chronicle parse(String name, String text) {
        return AnnalsParser.parse(TextView.of(SourceText.of(name, text)), new ParseOptions("淳化五年", null, null), CALENDAR);
    }

    @Test
    void theSampleWithBareCrLineEndsGivesTheSameEntries() {
        String lf = Shared.read(Shared.sample()).text();
        Chronicle withLf = parse("lf.txt", lf);
        Chronicle withCr = parse("cr.txt", lf.replace("\r\n", "\n").replace('\n', '\r'));
        Chronicle withCrLf = parse("crlf.txt", lf.replace("\r\n", "\n").replace("\n", "\r\n"));
        assertThat(withLf.entries()).hasSize(55);
        for (Chronicle other : List.of(withCr, withCrLf)) {
            assertThat(other.entries()).hasSize(55);
            for (int i = 0; i < 55; i++) {
                assertThat(other.source().slice(other.entries().get(i).headline()))
                        .isEqualTo(withLf.source().slice(withLf.entries().get(i).headline()));
                assertThat(other.entries().get(i).date().month()).isEqualTo(withLf.entries().get(i).date().month());
            }
        }
    }

    @Test
    void aBareCrCountsAsALineEndInPositions() {
        SourceText text = SourceText.of("t.txt", "一\r二\r\n三\n四");
        assertThat(text.lineCount()).isEqualTo(4);
        assertThat(text.position(2)).isEqualTo(new TextPosition(2, 1));
        assertThat(text.position(5)).isEqualTo(new TextPosition(3, 1));
    }

    @Test
    void nulCharactersAreReportedWithLineAndColumn() {
        Chronicle chronicle = parse("nul.txt", "淳化五年\n春正月，某事。\n二月，某\u0000事。\n");
        List<Diagnostic> nuls = chronicle.diagnostics().stream().filter(d -> d.code().equals("NUL_CHARACTER")).toList();
        assertThat(nuls).hasSize(1);
        assertThat(nuls.get(0).position()).isEqualTo(new TextPosition(3, 5));
        assertThat(chronicle.entries()).hasSize(2);
    }
}
