package org.biannian.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The index's one token a character and the queries' pairs at the same positions (issue 14). */
class CjkAnalysisTest {

    private static final SearchFolding FOLDING = SearchFolding.builtIn();

    /** Each token as {@code term@position}. */
    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.add(term + "@" + position);
            }
            stream.end();
        }
        return out;
    }

    private static String f(String text) {
        return FOLDING.fold(text);
    }

    @Test
    void theIndexHasAPairAtEachCharacterAndTheLastOfARunAlone() throws IOException {
        assertThat(tokens(CjkAnalysis.index(), "李繼遷，山。夏州 12"))
                .containsExactly(f("李繼") + "@0", f("繼遷") + "@1", f("遷") + "@2", "山@3", f("夏州") + "@4", f("州") + "@5", "12@6");
    }

    @Test
    void aQueryIsItsPairsAtTheIndexsPositionsInAnyForm() throws IOException {
        assertThat(tokens(CjkAnalysis.query(), "李繼遷")).containsExactly(f("李繼") + "@0", f("繼遷") + "@1");
        assertThat(tokens(CjkAnalysis.query(), "李继迁")).isEqualTo(tokens(CjkAnalysis.query(), "李繼遷"));
        assertThat(tokens(CjkAnalysis.query(), "吕䝉正")).isEqualTo(tokens(CjkAnalysis.query(), "呂蒙正"));
        assertThat(tokens(CjkAnalysis.query(), "山")).containsExactly("山@0");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneCharacter() throws IOException {
        assertThat(tokens(CjkAnalysis.index(), "𨫼山")).containsExactly(f("𨫼山") + "@0", "山@1");
    }

    @Test
    void onlyCharactersWhoseFormTellsWordsApartAreRecordedAsWritten() throws IOException {
        assertThat(FOLDING.ambiguous("後".codePointAt(0))).isTrue();
        assertThat(FOLDING.ambiguous("后".codePointAt(0))).isTrue();
        assertThat(FOLDING.ambiguous("國".codePointAt(0))).as("国 is read back as 國 only").isFalse();
        // Which entries write them, not where (the field has no positions).
        assertThat(tokens(CjkAnalysis.written(), "太后後至國")).map(t -> t.substring(0, t.indexOf('@'))).containsExactly("后", "後");
    }
}
