package org.biannian.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.biannian.annals.Entry;
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.authority.Authority;
import org.biannian.calendar.Resolution;
import org.biannian.library.Analysis;
import org.biannian.library.Corpus;
import org.biannian.library.Corpus.EntryRef;
import org.biannian.library.EntryText;
import org.biannian.sources.Citation;
import org.biannian.sources.SourceIndex;

/**
 * What the reader serves, built once at start and never changed: the corpus (entities and their
 * entries), every entry by id, the entries citing each work, the surface forms and role words
 * that name each entity, the co-occurrence of persons and the source index of each document.
 * Handlers only read it, so it needs no locking.
 */
public final class ReaderModel {

    private final Corpus corpus;
    private final Map<String, EntryRef> entries = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> forms = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> roles = new LinkedHashMap<>();
    private final Map<String, List<EntryRef>> byWork = new TreeMap<>();
    private final Map<String, SourceIndex> sourceIndexes = new LinkedHashMap<>();
    private final List<Corpus.Edge> personEdges;

    private ReaderModel(List<Analysis> analyses, Authority authority, Function<Analysis, SourceIndex> indexer) {
        this.corpus = Corpus.of(analyses, authority);
        for (Analysis a : analyses) {
            sourceIndexes.put(a.key(), indexer.apply(a));
            for (Entry e : a.chronicle().entries()) {
                EntryRef ref = new EntryRef(a, e);
                entries.put(ref.id(), ref);
                for (Mention m : a.mentionsIn(e)) {
                    if (m.id() != null && m.type() != MentionType.DATE) {
                        (m.type() == MentionType.ROLE ? roles : forms).computeIfAbsent(m.id(), k -> new LinkedHashMap<>())
                                .merge(m.text(), 1, Integer::sum);
                    }
                }
                for (Citation c : a.sourcesOf(e).citations()) {
                    List<EntryRef> list = byWork.computeIfAbsent(c.work(), w -> new ArrayList<>());
                    if (list.isEmpty() || !list.get(list.size() - 1).id().equals(ref.id())) {
                        list.add(ref);
                    }
                }
            }
        }
        this.personEdges = corpus.coOccurrences(MentionType.PER, MentionType.PER);
    }

    /** Indexes {@code analyses}; {@code indexer} gives each document's source index (the facade's {@code sourceIndex}). */
    public static ReaderModel of(List<Analysis> analyses, Authority authority, Function<Analysis, SourceIndex> indexer) {
        return new ReaderModel(analyses, authority, indexer);
    }

    public Corpus corpus() {
        return corpus;
    }

    public List<Analysis> analyses() {
        return corpus.analyses();
    }

    /** Every entry, documents in key order, entries in text order. */
    public List<EntryRef> entries() {
        return List.copyOf(entries.values());
    }

    /** The searchable texts ({@link EntryText}) of entries {@code ids}, which search snippets are cut from; unknown ids left out. */
    public Map<String, String> searchTexts(List<String> ids) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String id : ids) {
            EntryRef ref = entries.get(id);
            if (ref != null) {
                out.put(id, EntryText.of(ref.analysis(), ref.entry()));
            }
        }
        return out;
    }

    public Optional<EntryRef> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }


    /** How often each written form names entity {@code id}, role words (宋帝) apart. */
    public Map<String, Integer> forms(String id) {
        return Collections.unmodifiableMap(forms.getOrDefault(id, Map.of()));
    }

    /** The role words that named entity {@code id}, with counts. */
    public Map<String, Integer> roles(String id) {
        return Collections.unmodifiableMap(roles.getOrDefault(id, Map.of()));
    }

    /** Cited works (canonical titles) with the entries citing each, by title. */
    public Map<String, List<EntryRef>> works() {
        return Collections.unmodifiableMap(byWork);
    }

    public Map<String, SourceIndex> sourceIndexes() {
        return Collections.unmodifiableMap(sourceIndexes);
    }

    /** Pairs of persons mentioned in the same entries, heaviest first. */
    public List<Corpus.Edge> personEdges() {
        return personEdges;
    }

    /** The entry's date range, or null when its date was not resolved. */
    public static Resolution resolution(EntryRef ref) {
        Resolution r = ref.entry().date().resolved();
        return r != null && r.firstJdn() != null ? r : null;
    }
}
