package org.biannian.text;

import java.util.Locale;

/** The forms a chronicle file comes in, each with its reader; {@link #detect} tells them apart. */
public enum TextFormat {
    /** Text as it is: punctuated editions, web copies. */
    PLAIN,
    /** Wikisource (MediaWiki) markup: {@link WikiReader}. */
    WIKI,
    /** Kanseki Repository (mandoku) files, 21-column lines, page markers, pilcrows: {@link KanripoReader}. */
    KANRIPO,
    /** The 四庫全書 page layout without Kanripo markup: fixed-width lines run on into paragraphs, as {@link KanripoReader} reads them. */
    SIKU;

    /** The format named {@code name} (plain, wiki, kanripo, siku; any case). */
    public static TextFormat named(String name) {
        for (TextFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format 「" + name + "」: use plain, wiki, kanripo or siku");
    }

    /** The form of {@code source}: by its name (.wiki), its header (mandoku), or its layout. */
    public static TextFormat detect(SourceText source) {
        if (WikiReader.isWikiFile(source.name())) {
            return WIKI;
        }
        if (KanripoReader.isKanripo(source)) {
            return KANRIPO;
        }
        return KanripoReader.isPageLayout(source) ? SIKU : PLAIN;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
