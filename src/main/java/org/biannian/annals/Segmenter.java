package org.biannian.annals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/**
 * Turns the labelled parts the parser found into segments that partition the source: the gaps
 * become SPACE (white space) or OTHER (text), and what the view left out becomes MARKUP.
 */
final class Segmenter {

    private Segmenter() {
    }

    static List<Segment> partition(TextView view, int[] cps, List<AnnalsParser.Part> labelled) {
        List<AnnalsParser.Part> parts = new ArrayList<>(labelled);
        parts.removeIf(p -> p.end() <= p.start());
        parts.sort(Comparator.comparingInt(AnnalsParser.Part::start));
        List<AnnalsParser.Part> viewParts = new ArrayList<>();
        int at = 0;
        for (AnnalsParser.Part p : parts) {
            if (p.start() < at) {
                throw new IllegalStateException("overlapping parts at " + p.start() + ": " + p);
            }
            fillGap(cps, at, p.start(), viewParts);
            viewParts.add(p);
            at = p.end();
        }
        fillGap(cps, at, cps.length, viewParts);

        List<Segment> segments = new ArrayList<>();
        int sourceAt = 0;
        for (AnnalsParser.Part p : viewParts) {
            Span span = view.toSource(new Span(p.start(), p.end()));
            if (span.start() > sourceAt) {
                segments.add(new Segment(Segment.Kind.MARKUP, new Span(sourceAt, span.start()), 0));
            }
            segments.add(new Segment(p.kind(), span, p.entry() == null ? 0 : p.entry()));
            sourceAt = span.end();
        }
        int length = view.source().length();
        if (sourceAt < length) {
            segments.add(new Segment(Segment.Kind.MARKUP, new Span(sourceAt, length), 0));
        }
        return segments;
    }

    /** Splits a gap into runs of white space (SPACE) and of other text (OTHER). */
    private static void fillGap(int[] cps, int from, int to, List<AnnalsParser.Part> out) {
        int i = from;
        while (i < to) {
            boolean space = AnnalsParser.isSpace(cps[i]);
            int j = i;
            while (j < to && AnnalsParser.isSpace(cps[j]) == space) {
                j++;
            }
            out.add(new AnnalsParser.Part(space ? Segment.Kind.SPACE : Segment.Kind.OTHER, i, j, null));
            i = j;
        }
    }
}
