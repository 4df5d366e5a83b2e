package org.biannian.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.biannian.library.Analysis;

/**
 * What a document is called where a reader sees it: the title the text gives itself in its header
 * (a Wikisource {@code {{header | title = 宋史 | section = 卷五 …}}}, a Kanripo {@code #+TITLE:} with
 * {@code #+PROPERTY: JUAN}), as a citation writes it, 《宋史》卷五 本紀第五 太宗二; else the file's name.
 */
public final class DocumentName {

    private static final int HEADER = 2_000;
    private static final Pattern WIKI_TITLE = Pattern.compile("(?m)^\\|\\s*title\\s*=\\s*(.+?)\\s*$");
    private static final Pattern WIKI_SECTION = Pattern.compile("(?m)^\\|\\s*section\\s*=\\s*(.+?)\\s*$");
    private static final Pattern KANRIPO_TITLE = Pattern.compile("(?m)^#\\+TITLE:\\s*(.+?)\\s*$");
    private static final Pattern KANRIPO_JUAN = Pattern.compile("(?m)^#\\+PROPERTY:\\s*JUAN\\s+(.+?)\\s*$");

    private DocumentName() {
    }

    /** The name of {@code analysis}'s document: the title it was given ({@code --title}), its header's, or its file's name. */
    public static String of(Analysis analysis) {
        if (analysis.chronicle().options().title() != null) {
            return analysis.chronicle().options().title();
        }
        String text = analysis.chronicle().source().text();
        String head = text.substring(0, Math.min(text.length(), HEADER));
        Matcher title = WIKI_TITLE.matcher(head);
        if (head.startsWith("{{") && title.find()) {
            Matcher section = WIKI_SECTION.matcher(head);
            return cited(plain(title.group(1)), section.find() ? plain(section.group(1)) : "");
        }
        Matcher kanripo = KANRIPO_TITLE.matcher(head);
        if (kanripo.find()) {
            Matcher juan = KANRIPO_JUAN.matcher(head);
            return cited(kanripo.group(1), juan.find() ? juan.group(1) : "");
        }
        // Never the path it was read from (a TEI title is no place for /home/…): the file's own name.
        String name = analysis.chronicle().source().name();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static String cited(String work, String part) {
        return "《" + work + "》" + part;
    }

    /** Wiki markup left out: '''bold''', [[link|shown]], [[link]]. */
    private static String plain(String wiki) {
        return wiki.replace("'''", "").replace("''", "")
                .replaceAll("\\[\\[[^\\]|]*\\|([^\\]]*)\\]\\]", "$1").replaceAll("\\[\\[([^\\]]*)\\]\\]", "$1").strip();
    }
}
