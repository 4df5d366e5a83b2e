package org.biannian.text;

import java.util.Objects;

/**
 * A reading of a {@link SourceText} with markup left out, and the map from each of its code
 * points back to the source.
 *
 * <p>Stages work on {@link #text()} and report spans in source offsets through
 * {@link #toSource(Span)}; the source itself is never changed. For plain text the view is the
 * source and the map is the identity.
 */
public final class TextView {

    private final SourceText source;
    private final SourceText text;
    /** Source offset of each code point of {@link #text}; null for the identity. */
    private final int[] sourceOffsets;
    /** The title the file's header gives, or null. */
    private final DocumentTitle title;

    private TextView(SourceText source, SourceText text, int[] sourceOffsets, DocumentTitle title) {
        this.source = source;
        this.text = text;
        this.sourceOffsets = sourceOffsets;
        this.title = title;
    }

    /** The view of plain text: the text itself. */
    public static TextView of(SourceText source) {
        return new TextView(Objects.requireNonNull(source, "source"), source, null, null);
    }

    /**
     * A view whose code point {@code i} is source code point {@code sourceOffsets[i]}; offsets
     * must strictly increase.
     */
    public static TextView mapped(SourceText source, String viewText, int[] sourceOffsets) {
        SourceText text = SourceText.of(source.name(), viewText);
        if (sourceOffsets.length != text.length()) {
            throw new IllegalArgumentException("need one source offset per code point: "
                    + sourceOffsets.length + " offsets for " + text.length() + " code points");
        }
        for (int i = 0; i < sourceOffsets.length; i++) {
            if (sourceOffsets[i] < 0 || sourceOffsets[i] >= source.length()
                    || (i > 0 && sourceOffsets[i] <= sourceOffsets[i - 1])) {
                throw new IllegalArgumentException("source offsets must increase inside the source, at " + i);
            }
        }
        return new TextView(source, text, sourceOffsets.clone(), null);
    }

    /** The same view, with the title the file's header gives. */
    public TextView withTitle(DocumentTitle documentTitle) {
        return new TextView(source, text, sourceOffsets, documentTitle);
    }

    /** The title the file's own header gives (Kanripo {@code #+TITLE}), if it gives one. */
    public java.util.Optional<DocumentTitle> title() {
        return java.util.Optional.ofNullable(title);
    }

    public SourceText source() {
        return source;
    }

    /** The text the view shows (markup left out). */
    public SourceText text() {
        return text;
    }

    public boolean isIdentity() {
        return sourceOffsets == null;
    }

    /** The source offset of view offset {@code position}; the view's end maps to the source's end. */
    public int toSource(int position) {
        if (sourceOffsets == null) {
            return position;
        }
        return position == sourceOffsets.length ? source.length() : sourceOffsets[position];
    }

    /** The first view offset whose source offset is at or after {@code sourcePosition}. */
    public int fromSource(int sourcePosition) {
        if (sourceOffsets == null) {
            return sourcePosition;
        }
        int found = java.util.Arrays.binarySearch(sourceOffsets, sourcePosition);
        return found >= 0 ? found : -found - 1;
    }

    /** The view's text within source span {@code sourceSpan}: the source text with markup left out. */
    public String viewSlice(Span sourceSpan) {
        return text.slice(fromSource(sourceSpan.start()), fromSource(sourceSpan.end()));
    }

    /** The source span covering view span {@code span}: from its first code point to just after its last. */
    public Span toSource(Span span) {
        if (sourceOffsets == null) {
            return span;
        }
        if (span.isEmpty()) {
            int at = toSource(span.start());
            return new Span(at, at);
        }
        return new Span(sourceOffsets[span.start()], sourceOffsets[span.end() - 1] + 1);
    }
}
