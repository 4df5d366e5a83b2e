package org.biannian.annotate;

import java.util.ArrayList;
import java.util.List;
import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.EntityKind;
import org.biannian.authority.Reign;
import org.biannian.text.SourceText;
import java.util.Optional;

import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.Regime;
import org.biannian.text.Span;

/**
 * The dated regions of a parsed chronicle: each entry's span with the days of its month in force
 * (the whole year for 是歲 and for entries with only a year), in the coordinates of the chronicle's
 * view text, which is what the annotator reads.
 */
public final class ChronicleRegions {

    private ChronicleRegions() {
    }

    /** One region per entry whose year is known; entries of unknown year are left out. */
    public static List<DatedRegion> of(Chronicle chronicle, ChineseCalendar calendar) {
        List<DatedRegion> regions = new ArrayList<>();
        for (Entry entry : chronicle.entries()) {
            Integer year = entry.year().julianYear();
            String regimeName = entry.year().regime() == null ? "宋" : entry.year().regime();
            Optional<Regime> regime = calendar.regime(regimeName);
            if (year == null || regime.isEmpty()) {
                continue;
            }
            Optional<int[]> days = entry.date().month() > 0
                    ? calendar.monthSpan(regime.get(), year, entry.date().month(), entry.date().leap())
                    : yearSpan(calendar, regime.get(), year);
            if (days.isEmpty()) {
                continue;
            }
            int start = chronicle.view().fromSource(entry.span().start());
            int end = chronicle.view().fromSource(entry.span().end());
            if (end > start) {
                regions.add(new DatedRegion(new Span(start, end), regime.get().name(), days.get()[0], days.get()[1]));
            }
        }
        return regions;
    }

    private static Optional<int[]> yearSpan(ChineseCalendar calendar, Regime regime, int year) {
        Optional<int[]> first = calendar.monthSpan(regime, year, 1, false);
        Optional<int[]> next = calendar.monthSpan(regime, year + 1, 1, false);
        return first.isEmpty() || next.isEmpty() ? Optional.empty() : Optional.of(new int[] {first.get()[0], next.get()[0] - 1});
    }

    /**
     * When no entry is dated (a text that is not a chronicle, or read without {@code --start}), the
     * whole text is one region spanning every reign of {@code regimeName}: temple names prefer that
     * state's rulers, and 帝 stays unlinked with its candidates. Empty when the regime has no reigns.
     */
    public static List<DatedRegion> wholeText(Authority authority, SourceText text, String regimeName) {
        String polity = authority.records().stream()
                .filter(r -> r.kind() == EntityKind.POLITY && r.names().stream().anyMatch(n -> n.text().equals(regimeName)))
                .map(AuthorityRecord::id).findFirst().orElse(null);
        List<Reign> reigns = polity == null ? List.of() : authority.rulers(polity, Integer.MIN_VALUE / 2, Integer.MAX_VALUE / 2);
        if (reigns.isEmpty() || text.length() == 0) {
            return List.of();
        }
        int first = reigns.stream().mapToInt(Reign::firstJdn).min().getAsInt();
        int last = reigns.stream().mapToInt(Reign::lastJdn).max().getAsInt();
        return List.of(new DatedRegion(new Span(0, text.length()), regimeName, first, last));
    }
}
