package org.biannian.sources;

import java.util.ArrayList;
import java.util.List;
import org.biannian.text.Diagnostic.Severity;

/**
 * Resolves what is inside one pair of 《》 (with the author written before it, if any) to a work and
 * its sections, correcting misprints out loud.
 */
final class TitleResolver {

    /** A problem found resolving a title, placed on the title's span by the caller. */
    record Issue(String code, Severity severity, String message) {
    }

    /** A title resolved: the work (null if unknown), its title, the sections named (empty: the whole work). */
    record Resolved(Work work, String title, List<String> sections, List<Issue> issues) {
        boolean known() {
            return work != null;
        }
    }

    /** Proper separators between a work and its section: 宋史·夏國傳. */
    private static final String SECTION_MARKS = "·‧・•．";
    /** Separators a misprint puts where · belongs: 宋史，太宗本紀. */
    private static final String MISPRINT_MARKS = "，,：:；; 　";
    /** Titles shorter than this are never "corrected": two-character titles are one character from too much. */
    private static final int MIN_CORRECTABLE = 3;

    private final Works works;

    TitleResolver(Works works) {
        this.works = works;
    }

    /**
     * Resolves {@code content}, the text between 《 and 》.
     *
     * @param author    author written before the title, or null
     * @param context   the history cited just before, to which a bare 《X傳》 belongs; or null
     * @param nextTitle the content of the next title when only 、 separates them, or null
     */
    Resolved resolve(String content, String author, Work context, String nextTitle) {
        List<Issue> issues = new ArrayList<>();
        String body = content.strip();
        int mark = indexOfAny(body, SECTION_MARKS);
        String workPart = null;
        String sectionPart = null;
        if (body.indexOf('〈') > 0 && body.endsWith("〉")) {
            workPart = body.substring(0, body.indexOf('〈'));
            sectionPart = body.substring(body.indexOf('〈') + 1, body.length() - 1);
        } else if (mark > 0 && mark < body.length() - 1) {
            workPart = body.substring(0, mark);
            sectionPart = body.substring(mark + 1);
        } else {
            int misprint = indexOfAny(body, MISPRINT_MARKS);
            if (misprint > 0 && misprint < body.length() - 1 && !works.byTitle(body.substring(0, misprint)).isEmpty()) {
                workPart = body.substring(0, misprint);
                sectionPart = body.substring(misprint + 1).strip();
                issues.add(new Issue("WORK_SEPARATOR_CORRECTED", Severity.WARNING,
                        "《" + content + "》: read '" + body.charAt(misprint) + "' between work and section as ·"));
            }
        }
        if (workPart != null) {
            Work work = pickWork(workPart.strip(), author, issues);
            List<String> sections = new ArrayList<>();
            List<String> parts = splitSections(sectionPart);
            for (String part : parts) {
                sections.add(work == null ? part : section(work, part, issues));
            }
            return new Resolved(work, work == null ? workPart.strip() : work.title(), sections, issues);
        }
        if (body.isEmpty()) {
            issues.add(new Issue("EMPTY_TITLE", Severity.WARNING, "《》 holds no title"));
            return new Resolved(null, "", List.of(), issues);
        }
        return resolveBare(body, author, context, nextTitle, issues);
    }

    /** A title with no section mark: a work, or a section of the history cited before it. */
    private Resolved resolveBare(String body, String author, Work context, String nextTitle, List<Issue> issues) {
        if (!works.byTitle(body).isEmpty()) {
            Work work = pickWork(body, author, issues);
            return new Resolved(work, work.title(), List.of(), issues);
        }
        if (context != null && works.section(context, body).isPresent()) {
            return new Resolved(context, context.title(), List.of(works.section(context, body).get().name()), issues);
        }
        List<Work> holders = works.worksWithSection(body);
        if (!holders.isEmpty()) {
            Work work = holders.get(0);
            if (holders.size() > 1) {
                issues.add(new Issue("WORK_AMBIGUOUS", Severity.INFO, "《" + body + "》 is a section of "
                        + holders.stream().map(Work::title).toList() + "; took " + work.title()));
            }
            return new Resolved(work, work.title(), List.of(works.section(work, body).get().name()), issues);
        }
        if (isBiography(body) && context != null && context.hasBiographies()) {
            issues.add(new Issue("BIOGRAPHY_NOT_IN_AUTHORITY", Severity.INFO,
                    "《" + body + "》: taken as a biography in " + context.title() + ", the history cited before it"));
            return new Resolved(context, context.title(), List.of(body), issues);
        }
        if (nextTitle != null && context != null && context.hasBiographies() && isBiography(nextTitle.strip())
                && !isBiography(body) && body.codePointCount(0, body.length()) <= 4) {
            issues.add(new Issue("SECTION_COMPLETED", Severity.INFO,
                    "《" + body + "》: read as " + body + "傳 in " + context.title() + ", sharing 傳 with 《" + nextTitle + "》"));
            return new Resolved(context, context.title(), List.of(body + "傳"), issues);
        }
        Work corrected = correctWork(body);
        if (corrected != null) {
            issues.add(new Issue("WORK_TITLE_CORRECTED", Severity.WARNING,
                    "《" + body + "》 is not in the works authority; read as 《" + corrected.title() + "》, one character away"));
            return new Resolved(corrected, corrected.title(), List.of(), issues);
        }
        if (context != null) {
            String section = correctSection(context, body);
            if (section != null) {
                issues.add(new Issue("WORK_SECTION_CORRECTED", Severity.WARNING, "《" + body + "》: " + context.title()
                        + " has no such section; read as " + section + ", one character away"));
                return new Resolved(context, context.title(), List.of(section), issues);
            }
        }
        issues.add(new Issue("WORK_UNKNOWN", Severity.WARNING, "《" + body + "》 is not in the works authority; kept as cited"));
        return new Resolved(null, body, List.of(), issues);
    }

    private Work pickWork(String title, String author, List<Issue> issues) {
        List<Work> candidates = works.byTitle(title);
        if (candidates.isEmpty()) {
            Work corrected = correctWork(title);
            if (corrected != null) {
                issues.add(new Issue("WORK_TITLE_CORRECTED", Severity.WARNING,
                        "《" + title + "》 is not in the works authority; read as 《" + corrected.title() + "》, one character away"));
                return corrected;
            }
            issues.add(new Issue("WORK_UNKNOWN", Severity.WARNING, "《" + title + "》 is not in the works authority; kept as cited"));
            return null;
        }
        if (author != null) {
            List<Work> byAuthor = candidates.stream().filter(w -> authorMatches(w, author)).toList();
            if (!byAuthor.isEmpty()) {
                return byAuthor.get(0);
            }
            issues.add(new Issue("AUTHOR_MISMATCH", Severity.INFO, author + "《" + title + "》: the authority gives "
                    + candidates.get(0).title() + " to " + candidates.get(0).authors()));
        } else if (candidates.size() > 1) {
            issues.add(new Issue("WORK_AMBIGUOUS", Severity.INFO, "《" + title + "》 may be any of "
                    + candidates.stream().map(Work::title).toList() + "; took " + candidates.get(0).title()));
        }
        return candidates.get(0);
    }

    private String section(Work work, String part, List<Issue> issues) {
        var known = works.section(work, part);
        if (known.isPresent()) {
            return known.get().name();
        }
        if (isBiography(part) && work.hasBiographies()) {
            issues.add(new Issue("BIOGRAPHY_NOT_IN_AUTHORITY", Severity.INFO,
                    work.title() + "·" + part + ": a biography the authority does not list; kept as cited"));
            return part;
        }
        String corrected = correctSection(work, part);
        if (corrected != null) {
            issues.add(new Issue("WORK_SECTION_CORRECTED", Severity.WARNING, work.title() + " has no section " + part
                    + "; read as " + corrected + ", one character away"));
            return corrected;
        }
        issues.add(new Issue("SECTION_UNKNOWN", Severity.WARNING,
                work.title() + "·" + part + ": a section the authority does not list; kept as cited"));
        return part;
    }

    /** 夏國傳、党項傳 → both; 張崇貴、許均傳 → 張崇貴傳, 許均傳 (the last 傳 is shared). */
    private static List<String> splitSections(String sectionPart) {
        List<String> parts = new ArrayList<>();
        for (String p : sectionPart.split("、")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        if (parts.size() > 1 && isBiography(parts.get(parts.size() - 1))) {
            for (int i = 0; i < parts.size() - 1; i++) {
                String p = parts.get(i);
                if (!p.endsWith("傳") && !p.endsWith("紀") && !p.endsWith("志") && p.codePointCount(0, p.length()) <= 4) {
                    parts.set(i, p + "傳");
                }
            }
        }
        return parts;
    }

    /** A biography title: a person's name (two to five characters) and 傳. */
    static boolean isBiography(String title) {
        int n = title.codePointCount(0, title.length());
        return title.endsWith("傳") && n >= 3 && n <= 6;
    }

    boolean authorMatches(Work work, String cited) {
        for (String author : work.authors()) {
            if (author.equals(cited)) {
                return true;
            }
            // 王氏《東都事略》: a surname and 氏 stands for the author.
            if (cited.endsWith("氏") && cited.length() >= 2 && author.startsWith(cited.substring(0, cited.length() - 1))) {
                return true;
            }
            // 薛應祈 for 薛應旂: a name one character off, as printed.
            if (cited.codePointCount(0, cited.length()) >= 3 && distance(works.fold(author), works.fold(cited)) <= 1) {
                return true;
            }
        }
        return false;
    }

    /** The one known work title or short form one character from {@code title}, or null if none or several. */
    private Work correctWork(String title) {
        if (title.codePointCount(0, title.length()) < MIN_CORRECTABLE) {
            return null;
        }
        Work found = null;
        String folded = works.fold(title);
        for (Work w : works.works()) {
            List<String> names = new ArrayList<>(w.shortForms());
            names.add(w.title());
            for (String name : names) {
                if (name.codePointCount(0, name.length()) >= MIN_CORRECTABLE && distance(works.fold(name), folded) <= 1) {
                    if (found != null && found != w) {
                        return null;
                    }
                    found = w;
                }
            }
        }
        return found;
    }

    /**
     * The one section of {@code work} one character from {@code name} (聖宋本紀 → 聖宗本紀), or null.
     * Biographies are never corrected: two people's names often differ by one character.
     */
    private String correctSection(Work work, String name) {
        if (isBiography(name) || name.codePointCount(0, name.length()) < MIN_CORRECTABLE) {
            return null;
        }
        String folded = works.fold(name);
        String found = null;
        for (WorkSection s : work.sections()) {
            if (s.category().equals("列傳")) {
                continue;
            }
            List<String> names = new ArrayList<>(s.aliases());
            names.add(s.name());
            for (String n : names) {
                if (n.codePointCount(0, n.length()) >= MIN_CORRECTABLE && distance(works.fold(n), folded) <= 1) {
                    if (found != null && !found.equals(s.name())) {
                        return null;
                    }
                    found = s.name();
                }
            }
        }
        return found;
    }

    /** Levenshtein distance over code points, stopping early past 1. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        if (Math.abs(x.length - y.length) > 1) {
            return 2;
        }
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
