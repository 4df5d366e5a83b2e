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

    /** {@code found}: the hits so far, whose emperors' temple names may open a court's book (太祖實錄). */
    static Result hits(int[] text, Dictionary dictionary, List<Hit> found) {
        List<Hit> hits = new ArrayList<>();
        List<int[]> interiors = new ArrayList<>();
        // A chronicle cites the same few works at every entry: each name is looked up (and folded) once per text.
        java.util.Map<String, List<Dictionary.Entry>> cited = new java.util.HashMap<>();
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
                        Dictionary.Entry known = work(cited, dictionary, part, text, i);
                        if (work == null) {
                            canonical = known != null ? known.canonical() : part;
                            id = known != null ? known.id() : null;
                            work = canonical.contains("·") ? canonical.substring(0, canonical.indexOf('·')) : canonical;
                        } else {
                            Dictionary.Entry section = work(cited, dictionary, work + "·" + part, text, i);
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
        courtBooks(text, found, hits, interiors);
        return new Result(hits, interiors);
    }

    /**
     * The work {@code name} stands for: looked up as written, else with variant characters folded
     * (續通鑒 → 續通鑑) as the apparatus folds them. Where a short form belongs to several works
     * (通鑑: 資治通鑑, 宋元資治通鑑), an author written just before the 《 decides (薛應旂《通鑑》),
     * as in the apparatus; else the first in the works authority.
     */
    private static Dictionary.Entry work(java.util.Map<String, List<Dictionary.Entry>> cited, Dictionary dictionary, String name,
                                         int[] text, int open) {
        List<Dictionary.Entry> works = cited.computeIfAbsent(name, n -> {
            List<Dictionary.Entry> asWritten = works(dictionary, n);
            return asWritten.isEmpty() ? works(dictionary, fold(n)) : asWritten;
        });
        if (works.isEmpty()) {
            return null;
        }
        if (works.size() == 1) {
            return works.get(0); // one work by that name: no author to weigh
        }
        for (Dictionary.Entry e : works) {
            if (e.record() != null && !e.record().note().isEmpty()) {
                for (String author : e.record().note().split("、")) {
                    if (authorBefore(author, text, open)) {
                        return e;
                    }
                }
            }
        }
        return works.get(0);
    }

    /** Whether {@code author} is written just before {@code open}; a name of three or more characters may be one off (薛應祈 for 薛應旂), as the apparatus allows. */
    private static boolean authorBefore(String author, int[] text, int open) {
        int[] name = author.codePoints().toArray();
        if (name.length == 0 || open < name.length) {
            return false;
        }
        int differ = 0;
        for (int k = 0; k < name.length; k++) {
            if (text[open - name.length + k] != name[k]) {
                differ++;
            }
        }
        return differ == 0 || name.length >= 3 && differ <= 1;
    }

    private static List<Dictionary.Entry> works(Dictionary dictionary, String name) {
        List<Dictionary.Entry> works = new ArrayList<>();
        for (Dictionary.Entry e : dictionary.lookup(name)) {
            if (e.type() == MentionType.WORK) {
                works.add(e);
            }
        }
        return works;
    }

    private static final org.biannian.text.VariantFolding VARIANTS = org.biannian.text.VariantFolding.builtIn();

    private static String fold(String name) {
        java.util.Map<Integer, Integer> own = org.biannian.authority.WorksFile.builtIn().variants();
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints().forEach(c -> b.appendCodePoint(VARIANTS.fold(own.getOrDefault(c, c))));
        return b.toString();
    }

    /**
     * The books the court compiled of a reign, after the emperor's temple name: 實錄, 寶訓, 日曆, 會要, 聖政. Not 御集,
     * the emperor's own writings, whose author the golds tag as the man (藏神宗御集).
     */
    private static final List<String> COURT_BOOKS = List.of("實錄", "實録", "寶訓", "寳訓", "日曆", "會要", "聖政", "正史");

    /**
     * 「詔脩英宗實錄」, 「史彌逺等上孝宗寳訓」: an emperor's temple name and a book of his reign, written without 《》, is the
     * book, one WORK; its interior is a title's, so the emperor inside it is no mention of the man (the guidelines tag the
     * whole as the work).
     */
    private static void courtBooks(int[] text, List<Hit> known, List<Hit> hits, List<int[]> interiors) {
        boolean added = false;
        for (Hit h : known) {
            if (h.type() != MentionType.PER || h.length() < 2 || !Chars.isAnyOf(text[h.end() - 1], "宗祖")) {
                continue;
            }
            for (String book : COURT_BOOKS) {
                if (Chars.matchesAt(text, h.end(), book)) {
                    int end = h.end() + book.length();
                    hits.add(new Hit(h.start(), end, MentionType.WORK, null, OfficeCompoundRule.slice(text, h.start(), end), List.of(),
                            "rule:court-book", Hit.STRUCTURE));
                    interiors.add(new int[] {h.start(), end});
                    added = true;
                    break;
                }
            }
        }
        if (added) {
            interiors.sort(java.util.Comparator.comparingInt(r -> r[0]));
        }
    }
}
