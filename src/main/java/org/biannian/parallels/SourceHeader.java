package org.biannian.parallels;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.biannian.calendar.ChineseNumerals;
import org.biannian.text.SourceText;

/**
 * What a source document says it is: its title, juan and section, read from its header — a Kanripo
 * header ({@code #+TITLE: 續資治通鑑長編}, {@code #+PROPERTY: JUAN 卷三十五}) or a Wikisource one
 * ({@code | title = 宋史}, {@code | section = 卷五 本紀第五 太宗二}).
 *
 * @param title   the work's title as the header gives it, or null when the text has no header
 * @param juan    the juan, or null
 * @param section the section line as written (本紀第五 太宗二), or null
 */
record SourceHeader(String title, Integer juan, String section) {

    static final SourceHeader NONE = new SourceHeader(null, null, null);

    private static final Pattern KANRIPO_TITLE = Pattern.compile("(?m)^#\\+TITLE:\\s*(\\S+)");
    private static final Pattern KANRIPO_JUAN = Pattern.compile("(?m)^#\\+PROPERTY:\\s*JUAN\\s+(\\S+)");
    private static final Pattern WIKI_TITLE = Pattern.compile("(?m)^\\|\\s*title\\s*=\\s*(.+)$");
    private static final Pattern WIKI_SECTION = Pattern.compile("(?m)^\\|\\s*section\\s*=\\s*(.+)$");
    private static final Pattern JUAN = Pattern.compile("[卷巻]([〇零一二三四五六七八九十百]+)");

    /** The header of {@code view}: the title its form reader read (Kanripo), else the source's own header lines. */
    static SourceHeader of(org.biannian.text.TextView view) {
        if (view.title().isPresent()) {
            var title = view.title().get();
            return new SourceHeader(title.work(), title.juan() == null ? null : juanOf(title.juan()), null);
        }
        return read(view.source());
    }

    /** The header of {@code source} (its first 2,000 characters), or {@link #NONE}. */
    static SourceHeader read(SourceText source) {
        String head = source.text().substring(0, Math.min(source.text().length(), 2000));
        Matcher title = KANRIPO_TITLE.matcher(head);
        if (title.find()) {
            Matcher juan = KANRIPO_JUAN.matcher(head);
            return new SourceHeader(title.group(1), juan.find() ? juanOf(juan.group(1)) : null, null);
        }
        Matcher wikiTitle = WIKI_TITLE.matcher(head);
        if (wikiTitle.find()) {
            Matcher section = WIKI_SECTION.matcher(head);
            String sectionText = section.find() ? section.group(1).replace("'''", "").strip() : null;
            return new SourceHeader(wikiTitle.group(1).strip(), sectionText == null ? null : juanOf(sectionText), sectionText);
        }
        return NONE;
    }

    private static Integer juanOf(String text) {
        Matcher m = JUAN.matcher(text);
        if (!m.find()) {
            return null;
        }
        int value = ChineseNumerals.parse(m.group(1));
        return value > 0 ? value : null;
    }
}
