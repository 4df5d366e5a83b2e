package org.biannian.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.biannian.annals.Entry;
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Name;
import org.biannian.sources.Citation;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/**
 * What the search index holds of each entry of an analysis, made from the analysis in memory as it is
 * stored (the database gives the same for a rebuild: {@code Store.entriesForIndex}).
 */
final class IndexedEntries {

    private IndexedEntries() {
    }

    /** The entries of {@code doc}, in text order, with their text, dates and facets. */
    static List<IndexedEntry> of(Analysis doc) {
        TextView view = doc.chronicle().view();
        List<IndexedEntry> out = new ArrayList<>();
        for (Entry e : doc.chronicle().entries()) {
            StringBuilder blocks = new StringBuilder();
            for (Span b : e.citationBlocks()) {
                blocks.append(view.viewSlice(b));
            }
            var resolved = e.date().resolved();
            out.add(new IndexedEntry(doc.entryId(e.index()), doc.key(), e.index(), view.viewSlice(e.headline()),
                    e.narrative() == null ? null : view.viewSlice(e.narrative()), blocks.isEmpty() ? null : blocks.toString(),
                    e.year().regime(), resolved == null ? null : resolved.firstJdn(), resolved == null ? null : resolved.lastJdn(),
                    facets(doc, e)));
        }
        return out;
    }

    /**
     * The mentions of {@code entry} the library keeps: one per span and type (the first, as the mention
     * column of schema 3 and the mentions table before it).
     */
    static List<Mention> kept(Analysis doc, Entry entry) {
        List<Mention> out = new ArrayList<>();
        Mention previous = null;
        for (Mention m : doc.mentionsIn(entry)) {
            if (previous == null || !previous.span().equals(m.span()) || previous.type() != m.type()) {
                out.add(m);
            }
            previous = m;
        }
        return out;
    }

    private static Map<String, Set<String>> facets(Analysis doc, Entry entry) {
        Map<String, Set<String>> facets = new HashMap<>();
        for (Mention m : kept(doc, entry)) {
            if (m.id() == null || m.type() == MentionType.DATE) {
                continue;
            }
            String type = m.type() == MentionType.ROLE ? MentionType.PER.name() : m.type().name();
            Set<String> values = facets.computeIfAbsent(type, t -> new TreeSet<>());
            values.add(m.id());
            values.add(m.canonical());
            AuthorityRecord record = doc.records().get(m.id());
            if (record != null) {
                for (Name n : record.names()) {
                    values.add(n.text());
                }
            }
        }
        for (Citation c : doc.sourcesOf(entry).citations()) {
            Set<String> works = facets.computeIfAbsent("WORK", t -> new TreeSet<>());
            works.add(c.work());
            if (c.section() != null) {
                works.add(c.work() + "·" + c.section());
            }
        }
        return facets;
    }
}
