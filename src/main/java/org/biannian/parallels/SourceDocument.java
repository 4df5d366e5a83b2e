package org.biannian.parallels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.biannian.annotate.Mention;
import org.biannian.sources.Work;
import org.biannian.text.TextView;

/**
 * A source document prepared for finding parallels: its reading, the work and juan its header names,
 * its items (a 四庫 item, a 本紀 statement) with the date in force at each, and its linked names.
 */
final class SourceDocument {

    final String key;
    final TextView view;
    final Reading reading;
    final SourceHeader header;
    /** The work the header names, or null when the authority does not know it. */
    final Work work;
    /** Reading position where each item starts, ascending; the first is 0. */
    final int[] itemStarts;
    final PassageDate[] itemDates;
    /** Linked mentions (with an authority id), sorted by start. */
    final List<Mention> mentions;
    /** The first and last day the document's dates name, or null when it names none. */
    final int[] jdnRange;

    SourceDocument(String key, TextView view, Reading reading, SourceHeader header, Work work,
                   List<SourceDating.Mark> marks, List<Mention> mentions) {
        this.key = key;
        this.view = view;
        this.reading = reading;
        this.header = header;
        this.work = work;
        this.mentions = mentions.stream().filter(m -> m.id() != null && !m.id().startsWith("local:")).toList();
        // Items start at every break the text makes and at every date it writes.
        List<Integer> starts = new ArrayList<>();
        List<PassageDate> dates = new ArrayList<>();
        int mark = 0;
        PassageDate inForce = PassageDate.NONE;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < reading.length(); i++) {
            boolean dated = mark < marks.size() && marks.get(mark).start() == i;
            if (dated) {
                inForce = marks.get(mark).date();
                mark++;
                if (inForce.resolved()) {
                    first = Math.min(first, inForce.firstJdn());
                    last = Math.max(last, inForce.lastJdn());
                }
            }
            while (mark < marks.size() && marks.get(mark).start() <= i) {
                mark++; // a mark inside a note-free run already passed (cannot happen with ordered marks)
            }
            if (i == 0 || dated || reading.startsItem(i)) {
                starts.add(i);
                dates.add(dated ? inForce : inForce.carriedOver());
            }
        }
        this.itemStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.itemDates = dates.toArray(new PassageDate[0]);
        this.jdnRange = first <= last ? new int[] {first, last} : null;
    }

    /** The index of the item holding reading position {@code position}. */
    int itemAt(int position) {
        int found = Arrays.binarySearch(itemStarts, position);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    int itemEnd(int item) {
        return item + 1 < itemStarts.length ? itemStarts[item + 1] : reading.length();
    }

    /** The item opening the dated unit that holds reading position {@code position}: the last item opening with a date of its own. */
    int unitAt(int position) {
        int item = itemAt(position);
        while (item > 0 && itemDates[item].carried() && itemDates[item].written() != null) {
            item--;
        }
        return item;
    }

    /** Where the dated unit opened by item {@code unit} ends: at the next item opening with a date. */
    int unitEnd(int unit) {
        int item = unit + 1;
        while (item < itemStarts.length && itemDates[item].carried()) {
            item++;
        }
        return item < itemStarts.length ? itemStarts[item] : reading.length();
    }

    /** The juan the document holds, or null. */
    Integer juan() {
        return header.juan();
    }
}
