package org.biannian.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chains for classical Chinese: the index holds single characters and character
 * pairs; queries use pairs (a lone character stays a unigram), so 靈州 matches only where 靈 and
 * 州 stand together and a one-character query such as 山 still finds every 山.
 *
 * <p>Width folding runs before bigramming because it can merge half-width forms into the
 * characters the bigrams are made of.
 */
final class CjkAnalysis {

    private CjkAnalysis() {
    }

    /** Index time: unigrams and bigrams. */
    static Analyzer index() {
        return chain(true);
    }

    /** Query time: bigrams only. */
    static Analyzer query() {
        return chain(false);
    }

    private static Analyzer chain(boolean unigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
