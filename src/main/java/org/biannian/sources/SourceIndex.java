package org.biannian.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.biannian.text.Diagnostic;

/**
 * The source index of a chronicle: which entries cite each work, section and juan, and in which years;
 * which entries rest on one work only; which works the notes set against each other, and what the
 * compiler followed; which juan are cited for years they do not cover.
 *
 * <p>An entry "cites" a work when one of its citation blocks names it before any note; works named only
 * inside notes are counted as set against each other, not as the entry's sources.
 */
public final class SourceIndex {

    /**
     * The entries citing one work·section·juan.
     *
     * @param work      canonical title
     * @param section   section, or null for citations of the work as a whole
     * @param juan      juan, or null
     * @param entries   indexes of the entries citing it, ascending
     * @param citations how many citations name it (an entry may cite it in two blocks)
     * @param years     the Julian years of those entries, ascending
     */
    public record Row(String work, String section, Integer juan, List<Integer> entries, int citations, List<Integer> years) {
        public Row {
            entries = List.copyOf(entries);
            years = List.copyOf(years);
        }
    }

    /**
     * All citations of one work, whatever the section or juan.
     *
     * @param sections the sections cited, in first-cited order
     * @param juans    the juan cited, ascending
     */
    public record WorkSummary(String work, boolean known, List<Integer> entries, int citations, List<Integer> years,
                              List<String> sections, List<Integer> juans) {
        public WorkSummary {
            entries = List.copyOf(entries);
            years = List.copyOf(years);
            sections = List.copyOf(sections);
            juans = List.copyOf(juans);
        }
    }

    /** An entry whose citations name one work only. */
    public record SingleSource(int entry, String work) {
    }

    /** A note, with the entry it belongs to. */
    public record EntryNote(int entry, CriticalNote note) {
    }

    /**
     * Two works (work·section labels, in alphabetical order) that notes set against each other.
     *
     * @param notes the notes that do, with the verdict of each
     */
    public record Opposition(String first, String second, List<EntryNote> notes) {
        public Opposition {
            notes = List.copyOf(notes);
        }
    }

    /** A diagnostic, with the entry it belongs to. */
    public record EntryDiagnostic(int entry, Diagnostic diagnostic) {
    }

    /**
     * A juan cited for an entry of a year the authority says that juan does not cover: a misprinted juan,
     * or an entry dated to the wrong year.
     */
    public record JuanMismatch(int entry, Citation citation, int julianYear, JuanRange covers) {
    }

    private final List<Row> rows;
    private final List<WorkSummary> works;
    private final List<SingleSource> singleSource;
    private final List<EntryNote> notes;
    private final List<Opposition> oppositions;
    private final List<EntryDiagnostic> diagnostics;
    private final List<JuanMismatch> juanMismatches;

    private SourceIndex(List<Row> rows, List<WorkSummary> works, List<SingleSource> singleSource, List<EntryNote> notes,
                        List<Opposition> oppositions, List<EntryDiagnostic> diagnostics, List<JuanMismatch> juanMismatches) {
        this.rows = List.copyOf(rows);
        this.works = List.copyOf(works);
        this.singleSource = List.copyOf(singleSource);
        this.notes = List.copyOf(notes);
        this.oppositions = List.copyOf(oppositions);
        this.diagnostics = List.copyOf(diagnostics);
        this.juanMismatches = List.copyOf(juanMismatches);
    }

    /** Builds the index from per-entry citations, checking juan against years with the built-in authority. */
    public static SourceIndex build(List<EntrySources> entries) {
        return build(entries, Works.builtIn());
    }

    /**
     * Builds the index from per-entry citations; a juan cited for an entry in a year the authority says that
     * juan does not cover gives a {@code JUAN_YEAR_MISMATCH} diagnostic.
     */
    public static SourceIndex build(List<EntrySources> entries, Works works) {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(works, "works");
        Map<List<Object>, Tally> rowTallies = new TreeMap<>(SourceIndex::compareKeys);
        Map<String, Tally> workTallies = new LinkedHashMap<>();
        List<SingleSource> single = new ArrayList<>();
        List<EntryNote> allNotes = new ArrayList<>();
        Map<List<String>, List<EntryNote>> pairs = new TreeMap<>(Comparator.comparing((List<String> p) -> p.get(0))
                .thenComparing(p -> p.get(1)));
        List<EntryDiagnostic> diagnostics = new ArrayList<>();
        List<JuanMismatch> mismatches = new ArrayList<>();
        for (EntrySources e : entries) {
            for (Citation c : e.citations()) {
                rowTallies.computeIfAbsent(key(c), k -> new Tally()).add(e, c);
                workTallies.computeIfAbsent(c.work(), k -> new Tally()).add(e, c);
                checkJuan(works, e, c, mismatches);
            }
            List<String> cited = e.citedWorks();
            if (cited.size() == 1) {
                single.add(new SingleSource(e.entry(), cited.get(0)));
            }
            for (CriticalNote n : e.notes()) {
                EntryNote en = new EntryNote(e.entry(), n);
                allNotes.add(en);
                // 「均見本傳」 names no one work to set against the others.
                List<String> labels = n.works().stream().filter(r -> !r.asCited().endsWith("本傳"))
                        .map(WorkRef::label).distinct().sorted().toList();
                for (int i = 0; i < labels.size(); i++) {
                    for (int j = i + 1; j < labels.size(); j++) {
                        pairs.computeIfAbsent(List.of(labels.get(i), labels.get(j)), k -> new ArrayList<>()).add(en);
                    }
                }
            }
            for (CitationBlock b : e.blocks()) {
                b.allDiagnostics().forEach(d -> diagnostics.add(new EntryDiagnostic(e.entry(), d)));
            }
            for (CriticalNote n : e.inlineNotes()) {
                n.diagnostics().forEach(d -> diagnostics.add(new EntryDiagnostic(e.entry(), d)));
            }
        }
        List<Row> rows = new ArrayList<>();
        rowTallies.forEach((k, t) -> rows.add(new Row((String) k.get(0), (String) k.get(1), (Integer) k.get(2),
                List.copyOf(t.entries), t.citations, List.copyOf(t.years))));
        List<WorkSummary> summaries = new ArrayList<>();
        workTallies.forEach((w, t) -> summaries.add(new WorkSummary(w, t.known, List.copyOf(t.entries), t.citations,
                List.copyOf(t.years), List.copyOf(t.sections), List.copyOf(t.juans))));
        summaries.sort(Comparator.comparingInt((WorkSummary s) -> -s.entries().size()).thenComparing(WorkSummary::work));
        List<Opposition> oppositions = new ArrayList<>();
        pairs.forEach((p, ns) -> oppositions.add(new Opposition(p.get(0), p.get(1), ns)));
        return new SourceIndex(rows, summaries, single, allNotes, oppositions, diagnostics, mismatches);
    }

    private static List<Object> key(Citation c) {
        List<Object> key = new ArrayList<>(3);
        key.add(c.work());
        key.add(c.section());
        key.add(c.juan());
        return key;
    }

    private static int compareKeys(List<Object> a, List<Object> b) {
        Comparator<String> strings = Comparator.nullsFirst(Comparator.naturalOrder());
        int c = strings.compare((String) a.get(0), (String) b.get(0));
        if (c == 0) {
            c = strings.compare((String) a.get(1), (String) b.get(1));
        }
        if (c == 0) {
            c = Comparator.nullsFirst(Comparator.<Integer>naturalOrder()).compare((Integer) a.get(2), (Integer) b.get(2));
        }
        return c;
    }

    private static void checkJuan(Works works, EntrySources e, Citation c, List<JuanMismatch> out) {
        if (c.juan() == null || e.julianYear() == null || !c.known()) {
            return;
        }
        works.work(c.work()).flatMap(w -> w.juanRange(c.juan())).ifPresent(range -> {
            if (!range.coversYear(e.julianYear())) {
                out.add(new JuanMismatch(e.entry(), c, e.julianYear(), range));
            }
        });
    }

    /** One row per work·section·juan cited, ordered by work, section and juan. */
    public List<Row> rows() {
        return rows;
    }

    /** One summary per work cited, most-cited first. */
    public List<WorkSummary> works() {
        return works;
    }

    /** Entries whose citations name a single work, in entry order. */
    public List<SingleSource> singleSource() {
        return singleSource;
    }

    /** Every note, with its entry, in entry and text order. */
    public List<EntryNote> notes() {
        return notes;
    }

    /** Pairs of works that notes set against each other. */
    public List<Opposition> oppositions() {
        return oppositions;
    }

    /** Every diagnostic from the citations and notes, in entry and text order. */
    public List<EntryDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** Juan cited for entries of years the authority says they do not cover. */
    public List<JuanMismatch> juanMismatches() {
        return juanMismatches;
    }

    /** Running counts for one row or work. */
    private static final class Tally {
        final Set<Integer> entries = new TreeSet<>();
        final Set<Integer> years = new TreeSet<>();
        final Set<String> sections = new LinkedHashSet<>();
        final Set<Integer> juans = new TreeSet<>();
        int citations;
        boolean known;

        void add(EntrySources e, Citation c) {
            entries.add(e.entry());
            if (e.julianYear() != null) {
                years.add(e.julianYear());
            }
            if (c.section() != null) {
                sections.add(c.section());
            }
            if (c.juan() != null) {
                juans.add(c.juan());
            }
            citations++;
            known |= c.known();
        }
    }
}
