package org.biannian.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.biannian.annals.Entry;
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.calendar.Resolution;

/**
 * A set of analysed documents seen from their entities: who and what is mentioned, in which
 * entries, when, and together with whom. Built once, then read by the exporters and the reader.
 */
public final class Corpus {

    /** An entry of one of the documents. */
    public record EntryRef(Analysis analysis, Entry entry) {
        public String id() {
            return analysis.entryId(entry.index());
        }

        /** The first day of the entry's date in force, or null when it has none. */
        public Integer firstJdn() {
            Resolution r = entry.date().resolved();
            return r == null ? null : r.firstJdn();
        }

        public Integer lastJdn() {
            Resolution r = entry.date().resolved();
            return r == null ? null : r.lastJdn();
        }
    }

    /**
     * A linked entity as the corpus knows it.
     *
     * @param type    PER for persons (roles such as 宋帝 count for the person meant), else the mention type
     * @param record  its authority record, or null for a name found by rule only ({@code local:} ids)
     * @param entries the entries that mention it, in date order (undated last, then text order)
     */
    public record Entity(String id, MentionType type, String canonical, AuthorityRecord record, int mentions,
                         List<EntryRef> entries) {

        public Integer firstJdn() {
            return entries.stream().map(EntryRef::firstJdn).filter(j -> j != null).min(Integer::compare).orElse(null);
        }

        public Integer lastJdn() {
            return entries.stream().map(EntryRef::lastJdn).filter(j -> j != null).max(Integer::compare).orElse(null);
        }
    }

    /** Two entities named in the same entries; {@code weight} counts the entries. */
    public record Edge(String source, String target, int weight) {
    }

    private static final Comparator<EntryRef> BY_DATE = Comparator
            .comparing((EntryRef r) -> r.firstJdn() == null ? Integer.MAX_VALUE : r.firstJdn())
            .thenComparing(r -> r.analysis().key())
            .thenComparingInt(r -> r.entry().index());

    private final List<Analysis> analyses;
    private final Map<String, Entity> entities;
    private final Map<String, Set<String>> entitiesByEntry;

    private Corpus(List<Analysis> analyses, Map<String, Entity> entities, Map<String, Set<String>> entitiesByEntry) {
        this.analyses = analyses;
        this.entities = entities;
        this.entitiesByEntry = entitiesByEntry;
    }

    /** Indexes {@code analyses}; records come from {@code authority}. */
    public static Corpus of(List<Analysis> analyses, Authority authority) {
        Map<String, List<EntryRef>> entriesById = new LinkedHashMap<>();
        Map<String, Integer> mentionCounts = new HashMap<>();
        Map<String, Mention> firstMention = new HashMap<>();
        Map<String, Set<String>> byEntry = new LinkedHashMap<>();
        for (Analysis a : analyses) {
            for (Entry e : a.chronicle().entries()) {
                EntryRef ref = new EntryRef(a, e);
                Set<String> ids = new LinkedHashSet<>();
                for (Mention m : a.mentionsIn(e)) {
                    if (m.id() == null || m.type() == MentionType.DATE) {
                        continue;
                    }
                    mentionCounts.merge(m.id(), 1, Integer::sum);
                    firstMention.putIfAbsent(m.id(), m);
                    if (ids.add(m.id())) {
                        entriesById.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(ref);
                    }
                }
                byEntry.put(ref.id(), Set.copyOf(ids));
            }
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Map.Entry<String, List<EntryRef>> found : entriesById.entrySet()) {
            String id = found.getKey();
            Mention m = firstMention.get(id);
            AuthorityRecord record = authority.find(id).orElse(null);
            MentionType type = m.type() == MentionType.ROLE ? MentionType.PER : m.type();
            List<EntryRef> refs = new ArrayList<>(found.getValue());
            refs.sort(BY_DATE);
            entities.put(id, new Entity(id, type, record != null ? record.canonical() : m.canonical(), record,
                    mentionCounts.get(id), List.copyOf(refs)));
        }
        return new Corpus(List.copyOf(analyses), entities, byEntry);
    }

    public List<Analysis> analyses() {
        return analyses;
    }

    /** Every entity, in the order first met. */
    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    /** The entities of one type, in the order first met. */
    public List<Entity> entities(MentionType type) {
        return entities.values().stream().filter(e -> e.type() == type).toList();
    }

    public Optional<Entity> entity(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    /** Every entry of every document, in document then text order. */
    public List<EntryRef> entries() {
        List<EntryRef> out = new ArrayList<>();
        for (Analysis a : analyses) {
            for (Entry e : a.chronicle().entries()) {
                out.add(new EntryRef(a, e));
            }
        }
        return out;
    }

    /**
     * Pairs of entities of types {@code first} and {@code second} named in the same entries, heaviest
     * first; for one type with itself, each pair once.
     */
    public List<Edge> coOccurrences(MentionType first, MentionType second) {
        Map<List<String>, Integer> weights = new HashMap<>();
        for (Set<String> ids : entitiesByEntry.values()) {
            for (String a : ids) {
                for (String b : ids) {
                    Entity ea = entities.get(a);
                    Entity eb = entities.get(b);
                    if (ea.type() != first || eb.type() != second || a.equals(b) || first == second && a.compareTo(b) > 0) {
                        continue;
                    }
                    weights.merge(List.of(a, b), 1, Integer::sum);
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        weights.forEach((pair, w) -> edges.add(new Edge(pair.get(0), pair.get(1), w)));
        edges.sort(Comparator.comparingInt(Edge::weight).reversed().thenComparing(Edge::source).thenComparing(Edge::target));
        return edges;
    }
}
