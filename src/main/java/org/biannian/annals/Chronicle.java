package org.biannian.annals;

import java.util.List;
import java.util.Objects;
import org.biannian.text.Diagnostic;
import org.biannian.text.SourceText;
import org.biannian.text.TextView;

/**
 * A chronicle as parsed: its entries, the segments that partition its source, and the problems found.
 *
 * <p>Spans are code points of the source text; {@link #view} gives the text with markup left out.
 *
 * @param options what the text was read with ({@code --start}, regime, style asked for)
 * @param style   how the text was read (綱目 entries or 本紀 statements)
 */
public record Chronicle(TextView view, ParseOptions options, Style style, List<Entry> entries, List<Segment> segments,
                        List<Diagnostic> diagnostics) {

    /** The two shapes of annals text. */
    public enum Style {
        /** 綱目: a headline line, a narrative line ending in a citation block (《西夏紀》). */
        GANGMU,
        /** 本紀: paragraphs of dated statements, one year each (《宋史·太宗紀》). */
        BENJI,
        /**
         * 編年 without 綱目, often unpunctuated (《長編》, 《資治通鑑》 as the 四庫全書 gives them): each paragraph,
         * or record set off by a full-width space, that opens with a date is an entry; the others run on it.
         */
        BIANNIAN,
        /**
         * 綱目 in the 四庫全書 page layout (《九朝編年備要》, 《宋史全文》, 《通鑑綱目》): each flush-left paragraph is a 綱
         * (an entry, dated or not), the paragraphs indented by a full-width space under it are its 目.
         */
        SIKU_GANGMU
    }

    public Chronicle {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(style, "style");
        entries = List.copyOf(entries);
        segments = List.copyOf(segments);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The text exactly as read. */
    public SourceText source() {
        return view.source();
    }
}
