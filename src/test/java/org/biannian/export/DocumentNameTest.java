package org.biannian.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;

/** A document is named by the title its header gives, as a citation writes it; else by its file name. */
class DocumentNameTest {

    private static final Biannian BIANNIAN = Biannian.create();

    @Test
    void wikisourceHeaderGivesTheWorkAndSection() throws Exception {
        assertThat(DocumentName.of(BIANNIAN.prepare(Shared.songshi5(), ParseOptions.defaults())))
                .isEqualTo("《宋史》卷五 本紀第五 太宗二");
    }

    @Test
    void kanripoHeaderGivesTheWorkAndJuan() throws Exception {
        assertThat(DocumentName.of(BIANNIAN.prepare(Shared.path("corpus/changbian/KR2b0019_039.txt"), ParseOptions.defaults())))
                .isEqualTo("《續資治通鑑長編》卷三十五");
    }

    @Test
    void aTextWithoutAHeaderIsNamedByItsFile() throws Exception {
        assertThat(DocumentName.of(BIANNIAN.prepare(Shared.sample(), new ParseOptions("淳化五年", null, null))))
                .isEqualTo("xixiaji-994-998.txt");
    }
}
