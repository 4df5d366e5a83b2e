package org.biannian.library;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The analysis chains for classical Chinese, folded by {@link SearchFolding} (traditional,
 * simplified and variant forms alike). The index holds one token per character: the pair it
 * starts (繼遷), or the character alone where no pair starts (the last of a run, before punctuation
 * or at the end). Queries use pairs at the same positions, so 靈州 matches only where 靈 and 州 stand
 * together; a one-character query is a prefix of the index's tokens (山 finds 山 and every 山…
 * pair), so every 山 is still found without indexing each character a second time.
 *
 * <p>Width folding runs before bigramming because it can merge half-width forms into the
 * characters the bigrams are made of.
 */
final class CjkAnalysis {

    /** The token type CJKBigramFilter gives a character standing alone. */
    static final String SINGLE = "<SINGLE>";
    private static final String DOUBLE = "<DOUBLE>";
    private static final int SCRIPTS = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL;

    private CjkAnalysis() {
    }

    /** Index time: a pair at each character, the character alone where no pair starts. */
    static Analyzer index() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new Folded(new CJKWidthFilter(source));
                stream = new PairOrAlone(new CJKBigramFilter(stream, SCRIPTS, false));
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Query time: pairs only (a lone character stays alone, typed {@link #SINGLE}). */
    static Analyzer query() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new Folded(new CJKWidthFilter(source));
                stream = new CJKBigramFilter(stream, SCRIPTS, false);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * The characters as written, only those of {@link SearchFolding#ambiguous} classes (後, 后, 雲, 云 …):
     * what ranks the entries writing a word as the query does first.
     */
    static Analyzer written() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new AmbiguousOnly(new CJKWidthFilter(source)));
            }
        };
    }

    /** Keeps the tokens of one character whose class joins different words. */
    private static final class AmbiguousOnly extends FilteringTokenFilter {

        private static final SearchFolding FOLDING = SearchFolding.builtIn();
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        AmbiguousOnly(TokenStream input) {
            super(input);
        }

        @Override
        protected boolean accept() {
            int c = Character.codePointAt(term.buffer(), 0, term.length());
            return Character.charCount(c) == term.length() && FOLDING.ambiguous(c);
        }
    }

    /** Replaces each token's characters by their {@link SearchFolding} keys. */
    private static final class Folded extends TokenFilter {

        private static final SearchFolding FOLDING = SearchFolding.builtIn();
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final StringBuilder folded = new StringBuilder();

        Folded(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            folded.setLength(0);
            boolean changed = false;
            for (int i = 0; i < term.length(); ) {
                int c = Character.codePointAt(term.buffer(), i, term.length());
                i += Character.charCount(c);
                int k = FOLDING.fold(c);
                changed |= k != c;
                folded.appendCodePoint(k);
            }
            if (changed) {
                term.setEmpty().append(folded);
            }
            return true;
        }
    }

    /**
     * After CJKBigramFilter without unigrams (pairs, and a lone character as itself), adds the last
     * character of each run of two or more, alone, at its own position: one token a character. Pairs
     * of one run overlap (繼遷 then 遷州); a pair that does not overlap the one before starts a new
     * run. Reads one token ahead only where a run ends, so the common case copies no state.
     */
    private static final class PairOrAlone extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        /** The last character of the pair given last, while its run may go on; empty otherwise. */
        private final StringBuilder last = new StringBuilder();
        private int lastEnd;
        /** The token read ahead, to be given after the run's last character; null when none. */
        private State ahead;
        private boolean exhausted;

        PairOrAlone(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (ahead != null) {
                restoreState(ahead);
                ahead = null;
                return remember();
            }
            if (exhausted) {
                return false;
            }
            if (!input.incrementToken()) {
                exhausted = true;
                return last.length() > 0 && giveLast();
            }
            if (last.length() > 0 && !(DOUBLE.equals(type.type()) && offset.startOffset() < lastEnd)) {
                ahead = captureState(); // a run ended before this token: its last character first
                return giveLast();
            }
            return remember();
        }

        /** Notes the current token's last character if it is a pair, and gives the token. */
        private boolean remember() {
            last.setLength(0);
            if (DOUBLE.equals(type.type())) {
                int lastChar = Character.codePointBefore(term.buffer(), term.length());
                last.appendCodePoint(lastChar);
                lastEnd = offset.endOffset();
            }
            return true;
        }

        private boolean giveLast() {
            clearAttributes();
            term.setEmpty().append(last);
            type.setType(SINGLE);
            increment.setPositionIncrement(1);
            offset.setOffset(Math.max(0, lastEnd - 1), lastEnd);
            last.setLength(0);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            last.setLength(0);
            ahead = null;
            exhausted = false;
        }
    }
}
