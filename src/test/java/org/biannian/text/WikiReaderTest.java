package org.biannian.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

class WikiReaderTest {

    @Test
    void leavesOutMarkupAndMapsBack() {
        SourceText source = SourceText.of("t.wiki", "{{header|a={{x}}}}\n==雍熙二年==\n'''太宗'''見[[作者:脫脫|脫脫]]<ref>注</ref>。史<白\uE7B7>遇<!-- c -->止");
        TextView view = WikiReader.read(source);
        assertThat(view.text().text()).isEqualTo("\n雍熙二年\n太宗見脫脫。史<白\uE7B7>遇止");
        int at = view.text().text().indexOf("脫脫");
        Span inSource = view.toSource(new Span(at, at + 2));
        assertThat(source.slice(inSource)).isEqualTo("脫脫");
        assertThat(view.viewSlice(new Span(0, source.length()))).isEqualTo(view.text().text());
    }

    @Test
    void readsTheSongshiWithoutTemplatesAndWithEveryCharacterMapped() {
        SourceText source = Shared.read(Shared.songshi5());
        TextView view = WikiReader.read(source);
        String text = view.text().text();
        assertThat(text).doesNotContain("{{").doesNotContain("}}").doesNotContain("[[").contains("雍熙二年");
        for (int i = 0; i < view.text().length(); i++) {
            assertThat(source.codePointAt(view.toSource(i))).isEqualTo(view.text().codePointAt(i));
        }
    }
}
