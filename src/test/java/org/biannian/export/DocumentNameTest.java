package org.biannian.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.biannian.Biannian;
import org.biannian.annals.ParseOptions;
import org.biannian.library.Library;
import org.biannian.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** Issue 15: {@code --title} names a document whose header does not, and the library keeps that name. */
    @Test
    void aTitleGivenNamesTheDocumentAndIsKeptByTheLibrary(@TempDir Path dir) throws Exception {
        ParseOptions titled = new ParseOptions("淳化五年", null, null, null, null, "《西夏紀》卷二");
        assertThat(DocumentName.of(BIANNIAN.prepare(Shared.sample(), titled))).isEqualTo("《西夏紀》卷二");
        Path folder = dir.resolve("lib");
        BIANNIAN.ingest(folder, List.of(Shared.sample()), titled, false, (e, c) -> { });
        try (Library library = BIANNIAN.openLibrary(folder)) {
            assertThat(DocumentName.of(BIANNIAN.stored(library).get(0))).isEqualTo("《西夏紀》卷二");
        }
        // A new title is a change the library records: the document is stored again, not skipped.
        var again = BIANNIAN.ingest(folder, List.of(Shared.sample()), new ParseOptions("淳化五年", null, null, null, null, "西夏紀"),
                false, (e, c) -> { });
        assertThat(again.reanalysed()).containsValue("title changed");
    }
}
