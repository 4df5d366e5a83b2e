package org.biannian.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.biannian.authority.Authority;
import org.biannian.authority.WorksFile;
import org.biannian.sources.Works;
import org.biannian.text.SourceText;
import org.junit.jupiter.api.Test;

/** 《…》 titles linked through the one works authority, with variant characters folded as the apparatus folds them. */
class WorkTitlesTest {

    private static final Annotator ANNOTATOR = Annotator.of(Authority.builtIn());

    private static List<Mention> works(String text) {
        return ANNOTATOR.annotate(SourceText.of("t", text), List.of()).stream().filter(m -> m.type() == MentionType.WORK).toList();
    }

    @Test
    void shortFormsAndVariantsLinkToTheWorkTheApparatusNames() {
        for (String text : List.of("見《續通鑑長編》。", "見《續通鑒長編》。", "見《長編》。")) {
            List<Mention> m = works(text);
            assertThat(m).as(text).hasSize(1);
            assertThat(m.get(0).canonical()).as(text).isEqualTo("續資治通鑑長編");
            assertThat(m.get(0).id()).isEqualTo(WorksFile.id("續資治通鑑長編"));
            String asCited = text.substring(text.indexOf('《') + 1, text.indexOf('》'));
            assertThat(Works.builtIn().byTitle(asCited)).as("the apparatus agrees on " + asCited).isNotEmpty();
            assertThat(Works.builtIn().byTitle(asCited).get(0).title()).isEqualTo(m.get(0).canonical());
        }
    }

    @Test
    void anAuthorBeforeTheTitleChoosesAmongWorksSharingAShortForm() {
        assertThat(works("按《通鑑》").get(0).canonical()).isEqualTo("資治通鑑");
        assertThat(works("按薛應旂《通鑑》").get(0).canonical()).isEqualTo("宋元資治通鑑");
        // As printed in 西夏紀: the author's name one character off.
        assertThat(works("按薛應祈《通鑒》").get(0).canonical()).isEqualTo("宋元資治通鑑");
    }

    @Test
    void everyWorkOfTheFileIsAnAuthorityRecord() {
        for (WorksFile.WorkLine w : WorksFile.builtIn().works()) {
            assertThat(Authority.builtIn().find(WorksFile.id(w.title()))).as(w.title()).isPresent();
        }
    }
}
