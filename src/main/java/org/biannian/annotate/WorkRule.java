package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Titles in 《》: each part its own WORK span (《宋史·夏國傳、党項傳》 → 宋史, 夏國傳, 党項傳), with the
 * section's canonical as {@code work·section}. A bare section (《夏國傳》) takes its parent history
 * from the works authority when the pack knows it. Returns the bracket interiors too, since nothing
 * else inside a title is a mention.
 */
final class WorkRule {

    record Result(List<Hit> hits, List<int[]> interiors) {}

    private WorkRule() {
    }

    private static final String NOT_IN_TITLE = "《（）()「」『』。！？";

    static Result hits(int[] text, Dictionary dictionary) {
        List<Hit> hits = new ArrayList<>();
        List<int[]> interiors = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            if (text[i] != '《') {
                continue;
            }
            int close = i + 1;
            // A title holds no brackets and no sentence end: a stray 《 must not swallow the text up to a later 》.
            while (close < text.length && text[close] != '》' && text[close] != '\n' && close - i < 60
                    && NOT_IN_TITLE.indexOf(text[close]) < 0) {
                close++;
            }
            if (Chars.at(text, close) != '》') {
                continue;
            }
            interiors.add(new int[] {i + 1, close});
            String work = null;
            int partStart = i + 1;
            for (int j = i + 1; j <= close; j++) {
                int c = text[j];
                if (c == '·' || c == '、' || c == '》' || c == '・' || c == '，') {
                    if (j > partStart) {
                        String part = OfficeCompoundRule.slice(text, partStart, j);
                        String canonical;
                        String id = null;
                        Dictionary.Entry known = work(dictionary, part);
                        if (work == null) {
                            canonical = known != null ? known.canonical() : part;
                            id = known != null ? known.id() : null;
                            work = canonical.contains("·") ? canonical.substring(0, canonical.indexOf('·')) : canonical;
                        } else {
                            Dictionary.Entry section = work(dictionary, work + "·" + part);
                            canonical = section != null ? section.canonical() : work + "·" + part;
                            id = section != null ? section.id() : null;
                        }
                        hits.add(new Hit(partStart, j, MentionType.WORK, id, canonical, List.of(), "rule:title", Hit.STRUCTURE));
                    }
                    partStart = j + 1;
                }
            }
            i = close;
        }
        return new Result(hits, interiors);
    }

    private static Dictionary.Entry work(Dictionary dictionary, String name) {
        for (Dictionary.Entry e : dictionary.lookup(name)) {
            if (e.type() == MentionType.WORK) {
                return e;
            }
        }
        return null;
    }
}
