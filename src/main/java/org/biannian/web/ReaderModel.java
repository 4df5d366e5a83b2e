package org.biannian.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.biannian.annals.Entry;
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.calendar.Resolution;
import org.biannian.library.Analysis;
import org.biannian.sources.Citation;
import org.biannian.sources.SourceIndex;

/**
 * What the reader serves, built once at start and never changed: every entry by id, and the entries
 * of each person, place, polity, office, group and cited work, the co-occurrence of persons, and the
 * source index of each document. Handlers only read it, so it needs no locking.
 */
public final class ReaderModel {

    /** One entry with the document it belongs to. */
    public record EntryRef(Analysis analysis, Entry entry) {
        public String id() {
            return analysis.entryId(entry.index());
        }

        /** The entry's date range, or null when its date was not resolved. */
        public Resolution resolution() {
            Resolution r = entry.date().resolved();
            return r != null && r.firstJdn() != null ? r : null;
        }
    }

    /** How an entity is mentioned: the entries in chronicle order, the surface forms, and the role words that name it. */
    public record EntityUse(String id, MentionType type, String canonical, List<EntryRef> entries, int mentions,
                            Map<String, Integer> forms, Map<String, Integer> roles) {
    }

    /** Two persons who share {@code weight} entries. */
    public record Edge(String first, String second, int weight) {
    }

    private final List<Analysis> analyses;
    private final Map<String, EntryRef> entries = new LinkedHashMap<>();
    private final Map<String, EntityUse> entities = new LinkedHashMap<>();
    private final Map<String, List<EntryRef>> byWork = new TreeMap<>();
    private final Map<String, SourceIndex> sourceIndexes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    private ReaderModel(List<Analysis> analyses, java.util.function.Function<Analysis, SourceIndex> indexer) {
        this.analyses = List.copyOf(analyses);
        Map<String, Builder> builders = new LinkedHashMap<>();
        Map<List<String>, Integer> pairs = new HashMap<>();
        for (Analysis a : this.analyses) {
            sourceIndexes.put(a.key(), indexer.apply(a));
            for (Entry e : a.chronicle().entries()) {
                EntryRef ref = new EntryRef(a, e);
                entries.put(ref.id(), ref);
                Set<String> persons = new LinkedHashSet<>();
                for (Mention m : a.mentionsIn(e)) {
                    if (m.id() == null || m.type() == MentionType.DATE || m.type() == MentionType.WORK) {
                        continue;
                    }
                    // A role word (宋帝) names the person it resolved to; the page lists it among the roles.
                    MentionType type = m.type() == MentionType.ROLE ? MentionType.PER : m.type();
                    Builder b = builders.computeIfAbsent(m.id(), id -> new Builder(id, type, m.canonical()));
                    b.add(ref, m);
                    if (type == MentionType.PER) {
                        persons.add(m.id());
                    }
                }
                for (Citation c : a.sourcesOf(e).citations()) {
                    List<EntryRef> list = byWork.computeIfAbsent(c.work(), w -> new ArrayList<>());
                    if (list.isEmpty() || list.get(list.size() - 1) != ref) {
                        list.add(ref);
                    }
                }
                List<String> sorted = persons.stream().sorted().toList();
                for (int i = 0; i < sorted.size(); i++) {
                    for (int j = i + 1; j < sorted.size(); j++) {
                        pairs.merge(List.of(sorted.get(i), sorted.get(j)), 1, Integer::sum);
                    }
                }
            }
        }
        builders.forEach((id, b) -> entities.put(id, b.build()));
        pairs.forEach((p, w) -> edges.add(new Edge(p.get(0), p.get(1), w)));
        edges.sort(java.util.Comparator.comparingInt((Edge e) -> -e.weight()).thenComparing(Edge::first).thenComparing(Edge::second));
    }

    /** Indexes {@code analyses}; {@code indexer} gives each document's source index (the facade's {@code sourceIndex}). */
    public static ReaderModel of(List<Analysis> analyses, java.util.function.Function<Analysis, SourceIndex> indexer) {
        return new ReaderModel(analyses, indexer);
    }

    public List<Analysis> analyses() {
        return analyses;
    }

    /** Every entry, documents in key order, entries in text order. */
    public List<EntryRef> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<EntryRef> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    /** The entity mentioned under this id, or empty when no entry mentions it. */
    public Optional<EntityUse> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** Every entity mentioned, of {@code type}, most mentioned first. */
    public List<EntityUse> entities(MentionType type) {
        return entities.values().stream().filter(u -> u.type() == type)
                .sorted(java.util.Comparator.comparingInt((EntityUse u) -> -u.mentions()).thenComparing(EntityUse::id))
                .toList();
    }

    /** Cited works (canonical titles) with the entries citing each, by title. */
    public Map<String, List<EntryRef>> works() {
        return Collections.unmodifiableMap(byWork);
    }

    public Map<String, SourceIndex> sourceIndexes() {
        return Collections.unmodifiableMap(sourceIndexes);
    }

    /** Pairs of persons mentioned in the same entries, heaviest first. */
    public List<Edge> edges() {
        return Collections.unmodifiableList(edges);
    }

    private static final class Builder {
        final String id;
        final MentionType type;
        final String canonical;
        final List<EntryRef> entries = new ArrayList<>();
        final Map<String, Integer> forms = new LinkedHashMap<>();
        final Map<String, Integer> roles = new LinkedHashMap<>();
        int mentions;

        Builder(String id, MentionType type, String canonical) {
            this.id = id;
            this.type = type;
            this.canonical = canonical;
        }

        void add(EntryRef ref, Mention m) {
            mentions++;
            if (entries.isEmpty() || entries.get(entries.size() - 1) != ref) {
                entries.add(ref);
            }
            (m.type() == MentionType.ROLE ? roles : forms).merge(m.text(), 1, Integer::sum);
        }

        EntityUse build() {
            return new EntityUse(id, type, canonical, List.copyOf(entries), mentions,
                    Collections.unmodifiableMap(forms), Collections.unmodifiableMap(roles));
        }
    }
}
