package org.biannian.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

/** The Kanripo (mandoku) form, on the 長編 files of ../shared/corpus/changbian (四庫全書 文淵閣本). */
class KanripoReaderTest {

    static Path changbian(int juan) {
        return Shared.path(String.format("corpus/changbian/KR2b0019_%03d.txt", juan + 4));
    }

    @Test
    void takesTitleAndJuanFromTheHeaderNotTheFileName() {
        SourceText source = Shared.read(changbian(35));
        assertThat(KanripoReader.isKanripo(source)).isTrue();
        TextView view = KanripoReader.read(source);
        assertThat(view.title()).contains(new DocumentTitle("續資治通鑑長編", "卷三十五"));
        assertThat(view.title().orElseThrow().display()).isEqualTo("《續資治通鑑長編》卷三十五");
    }

    @Test
    void leavesOutMarkupAndRunsFullLinesOnIntoParagraphs() {
        SourceText source = Shared.read(changbian(35));
        TextView view = KanripoReader.read(source);
        String text = view.text().text();
        assertThat(text).doesNotContain("#+").doesNotContain("<pb:").doesNotContain("¶");
        // Front matter: short lines, each its own paragraph.
        assertThat(text).startsWith("欽定四庫全書\n　續資治通鑑長編卷三十五\n");
        // Full lines run on across a page marker; the short line 「害焉」 ends the paragraph.
        assertThat(text).contains("淳化五年春正月甲寅朔上製元旦除夕詩各二章賜近臣俾之屬和")
                .contains("丕以田誥及楊朴萬適對")
                .contains("郡邑皆被其害焉\n靈州及通逺軍皆言");
        // A double-line small note loses its column break, not its text.
        assertThat(text).contains("(此二事並據富弼所作䝉正神)(道碑別本實録");
        for (int i = 0; i < view.text().length(); i++) {
            assertThat(source.codePointAt(view.toSource(i))).isEqualTo(view.text().codePointAt(i));
        }
    }

    @Test
    void aLineOpeningAParagraphIsNotRunOnEvenAfterAFullLine() {
        SourceText source = SourceText.of("k.txt", "#+TITLE: 某書\n一二三四五¶\n六七八九十¶\n一二三四五¶\n三月丁酉朔日¶\n");
        assertThat(KanripoReader.read(source).text().text()).isEqualTo("一二三四五六七八九十一二三四五三月丁酉朔日\n");
        assertThat(KanripoReader.read(source, line -> line.startsWith("三月")).text().text())
                .isEqualTo("一二三四五六七八九十一二三四五\n三月丁酉朔日\n");
    }

    @Test
    void measuresNotesAndEntitiesAsThePageSetsThem() {
        assertThat(KanripoReader.columns("知䝉正能任人而嘉其有不可奪之志(此二事並據富/弼所作䝉正神)")).isEqualTo(21);
        assertThat(KanripoReader.columns("嚮導踏白可使歩卒多持弓弩槍&KR1579;隨之三二千人登")).isEqualTo(21);
        assertThat(KanripoReader.columns("(實録及㑹)")).isEqualTo(2);
    }

    @Test
    void everyChangbianFileReadsWithItsOwnTitleAndNoMarkup() {
        for (int juan = 35; juan <= 43; juan++) {
            SourceText source = Shared.read(changbian(juan));
            TextView view = KanripoReader.read(source);
            assertThat(view.title()).as("juan %d", juan).isPresent();
            assertThat(view.title().orElseThrow().work()).isEqualTo("續資治通鑑長編");
            assertThat(view.text().text()).doesNotContain("<pb:").doesNotContain("¶");
        }
    }

    @Test
    void plainTextIsNotTakenForKanripo() {
        assertThat(KanripoReader.isKanripo(Shared.read(Shared.sample()))).isFalse();
    }
}
