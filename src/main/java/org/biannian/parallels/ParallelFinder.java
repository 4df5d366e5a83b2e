package org.biannian.parallels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.biannian.annals.Entry;
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.Regime;
import org.biannian.sources.Citation;
import org.biannian.sources.EntrySources;
import org.biannian.sources.Work;
import org.biannian.sources.WorkSection;
import org.biannian.sources.Works;
import org.biannian.text.Span;
import org.biannian.text.TextView;

/**
 * Finds, for each entry of a chronicle, the passages of other documents that tell the same event.
 *
 * <p>Candidates come from two kinds of seed in an index built once over all sources: character bigrams
 * the entry shares with a source (folded, so 逺/遠 and simplified text match), and authority ids the
 * entry's names share with the source's (繼遷 in the entry, 趙保吉 in the source). Seeds close together
 * make a region; the entry is aligned with the region (Smith–Waterman), and the aligned stretch, widened to
 * the source's items, is the passage. Its score combines the aligned characters, the shared names and how
 * near the source's date is to the entry's. The works an entry cites are searched first and reported when
 * anything in them matches; uncited parallels must score higher.
 */
public final class ParallelFinder {

    /** A bigram seen more often than this share of the library says nothing about where an event is told. */
    private static final int MIN_POSTINGS_CAP = 500;
    /** Seeds further apart than this (in characters) start a new region. */
    private static final int REGION_GAP = 50;
    /** How far beyond a region the alignment looks. */
    private static final int REGION_MARGIN = 60;
    private static final int MAX_REGION = 2500;
    /** An item's opening this short before the aligned stretch is taken into the passage (the item's date and subject). */
    private static final int ITEM_REACH_BEFORE = 300;
    /** An item's rest this short after the aligned stretch is taken into the passage. */
    private static final int ITEM_REACH_AFTER = 120;
    /** Sources dated further than this from the entry are not searched for uncited parallels. */
    private static final int UNCITED_WINDOW_DAYS = 400;
    private static final double NAME_SEED_WEIGHT = 3.0;
    private static final double CITED_THRESHOLD = 0.2;
    private static final double UNCITED_THRESHOLD = 0.4;
    private static final int REGIONS_PER_DOCUMENT = 3;
    private static final int UNCITED_REGIONS = 15;
    private static final int CITED_PER_CITATION = 3;
    /** Regions aligned for one citation: this many of the cited juan, and this many elsewhere in the work. */
    private static final int CITED_REGIONS = 12;
    /** A second passage for one citation must score this much, and this share of the best. */
    private static final double SECOND_PASSAGE = 0.45;
    private static final double SECOND_SHARE = 0.75;
    private static final int UNCITED_PER_ENTRY = 3;

    private final ChineseCalendar calendar;
    private final Works works;
    private final ComparisonFolding folding = ComparisonFolding.builtIn();
    private final SourceDating dating;

    private ParallelFinder(ChineseCalendar calendar, Works works) {
        this.calendar = calendar;
        this.works = works;
        this.dating = new SourceDating(calendar);
    }

    /** A finder that reads dates with {@code calendar} and resolves titles with {@code works}. */
    public static ParallelFinder of(ChineseCalendar calendar, Works works) {
        return new ParallelFinder(Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(works, "works"));
    }

    /** Prepares and indexes {@code sources} once; the result serves any number of chronicles. */
    public SourceLibrary index(List<SourceInput> sources) {
        List<SourceDocument> documents = new ArrayList<>();
        for (SourceInput s : sources) {
            documents.add(prepare(s));
        }
        return new SourceLibrary(documents);
    }

    private SourceDocument prepare(SourceInput input) {
        TextView view = input.view();
        Reading reading = Reading.of(view, folding);
        SourceHeader header = SourceHeader.of(view);
        Work work = header.title() == null ? null : workTitled(header.title());
        int[] years = null;
        if (work != null && header.juan() != null) {
            years = work.juanRange(header.juan()).map(r -> new int[] {r.firstYear(), r.lastYear()}).orElse(null);
        }
        Regime regime = regimeOf(work != null ? work.title() : header.title());
        List<SourceDating.Mark> marks = dating.find(reading, regime, years);
        return new SourceDocument(input.key(), view, reading, header, work, marks, input.mentions());
    }

    /** The work a header's title names, matched as written, then folded (a simplified 辽史 is 遼史); or null. */
    private Work workTitled(String title) {
        Work exact = works.byTitle(title).stream().findFirst().orElse(null);
        if (exact != null) {
            return exact;
        }
        String folded = folded(title);
        for (Work w : works.works()) {
            if (folded(w.title()).equals(folded) || w.shortForms().stream().anyMatch(f -> folded(f).equals(folded))) {
                return w;
            }
        }
        return null;
    }

    private String folded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(folding.fold(c)));
        return out.toString();
    }

    /** The regime a dynastic history's title names (遼史 → 遼), or null. */
    private Regime regimeOf(String title) {
        if (title == null || !title.endsWith("史") || title.length() < 2) {
            return null;
        }
        return calendar.regime(title.substring(0, title.length() - 1)).orElse(null);
    }

    /** The parallels of every entry of {@code chronicle} in {@code library} (its own document left out), in entry order. */
    public List<Parallel> find(ChronicleSide chronicle, SourceLibrary library) {
        Objects.requireNonNull(chronicle, "chronicle");
        Objects.requireNonNull(library, "library");
        Reading reading = Reading.of(chronicle.chronicle().view(), folding);
        List<Mention> linked = chronicle.mentions().stream()
                .filter(m -> m.id() != null && !m.id().startsWith("local:") && m.type() != MentionType.DATE
                        && m.type() != MentionType.WORK)
                .sorted(java.util.Comparator.comparingInt(Mention::start)) // stable: mentions keep their order otherwise
                .toList();
        int cap = Math.max(MIN_POSTINGS_CAP, library.characters() / 1000);
        List<Parallel> out = new ArrayList<>();
        for (Entry entry : chronicle.chronicle().entries()) {
            EntrySources sources = chronicle.sources().get(entry.index() - 1);
            out.addAll(new EntrySearch(chronicle.key(), entry, sources, reading, within(linked, entry.span()), library, cap)
                    .run());
        }
        return out;
    }

    /** The search for one entry's parallels. */
    private final class EntrySearch {

        private final String chronicleKey;
        private final Entry entry;
        private final EntrySources sources;
        private final Reading chronicleReading;
        private final SourceLibrary library;
        private final int cap;
        /** The entry's compared characters (folded), and the chronicle reading position of each. */
        private final int[] query;
        private final int[] queryAt;
        /** The entry's linked mentions (headline and narrative), and their weight by id. */
        private final List<Mention> mentions;
        private final Map<String, Double> nameWeights = new LinkedHashMap<>();
        private final Integer firstJdn;
        private final Integer lastJdn;

        EntrySearch(String chronicleKey, Entry entry, EntrySources sources, Reading chronicleReading, List<Mention> linked,
                    SourceLibrary library, int cap) {
            this.chronicleKey = chronicleKey;
            this.entry = entry;
            this.sources = sources;
            this.chronicleReading = chronicleReading;
            this.library = library;
            this.cap = cap;
            List<Span> parts = new ArrayList<>();
            parts.add(entry.headline());
            if (entry.narrative() != null) {
                parts.add(entry.narrative());
            }
            List<Integer> at = new ArrayList<>();
            for (Span part : parts) {
                for (int i = chronicleReading.fromSource(part.start()); i < chronicleReading.length()
                        && chronicleReading.sourceOffset(i) < part.end(); i++) {
                    at.add(i);
                }
            }
            this.queryAt = at.stream().mapToInt(Integer::intValue).toArray();
            this.query = new int[queryAt.length];
            for (int i = 0; i < queryAt.length; i++) {
                query[i] = chronicleReading.folded(queryAt[i]);
            }
            List<Mention> inEntry = new ArrayList<>();
            for (Mention m : linked) {
                for (Span part : parts) {
                    if (part.contains(m.span())) {
                        inEntry.add(m);
                        break;
                    }
                }
            }
            this.mentions = inEntry;
            for (Mention m : inEntry) {
                nameWeights.merge(m.id(), weightOf(m.type()), Math::max);
            }
            var resolved = entry.date().resolved();
            this.firstJdn = resolved == null ? null : resolved.firstJdn();
            this.lastJdn = resolved == null ? null : resolved.lastJdn();
        }

        List<Parallel> run() {
            // Cited works first: each citation names the documents it may rest on.
            Map<Integer, Citation> citedBy = new LinkedHashMap<>();
            Map<Citation, List<Integer>> targets = new LinkedHashMap<>();
            for (Citation c : sources.citations()) {
                List<Integer> docs = targetsOf(c);
                targets.put(c, docs);
                docs.forEach(d -> citedBy.putIfAbsent(d, c));
            }
            boolean[] searched = new boolean[library.documents.size()];
            for (int d = 0; d < searched.length; d++) {
                SourceDocument doc = library.documents.get(d);
                searched[d] = !doc.key.equals(chronicleKey) && (citedBy.containsKey(d) || nearInTime(doc));
            }
            List<Region> regions = regions(searched);
            List<Parallel> out = new ArrayList<>();
            Set<Integer> reported = new HashSet<>();
            for (Map.Entry<Citation, List<Integer>> t : targets.entrySet()) {
                List<Candidate> candidates = new ArrayList<>();
                Integer citedJuan = t.getKey().juan();
                int others = 0;
                int inJuan = 0;
                for (Region r : regions) {
                    if (!t.getValue().contains(r.document)) {
                        continue;
                    }
                    // The best regions of the work, and the best of the cited juan: a bounded number of alignments
                    // however many documents the work has (regions come best first).
                    boolean ofJuan = citedJuan != null && citedJuan.equals(library.documents.get(r.document).juan());
                    if (ofJuan ? ++inJuan > CITED_REGIONS : ++others > CITED_REGIONS) {
                        continue;
                    }
                    Candidate c = evaluate(r);
                    Integer cited = t.getKey().juan();
                    double rank = c.score + (cited != null && cited.equals(library.documents.get(r.document).juan()) ? 0.05 : 0);
                    if (c.score >= CITED_THRESHOLD) {
                        candidates.add(c.ranked(rank));
                    }
                }
                candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.rank));
                // The best passage, and at most two more nearly as good elsewhere (an event told in two places).
                List<Candidate> chosen = new ArrayList<>();
                for (Candidate c : candidates) {
                    if (chosen.size() == CITED_PER_CITATION) {
                        break;
                    }
                    boolean apart = chosen.stream().noneMatch(o -> o.doc == c.doc && o.span.overlaps(c.span));
                    if (apart && (chosen.isEmpty() || c.score >= Math.max(SECOND_PASSAGE, SECOND_SHARE * chosen.get(0).score))) {
                        chosen.add(c);
                    }
                }
                for (Candidate c : chosen) {
                    if (reported.add(c.region.document * 31 + c.start)) {
                        out.add(c.toParallel(t.getKey()));
                    }
                }
            }
            List<Candidate> uncited = new ArrayList<>();
            Map<Integer, Integer> perDocument = new HashMap<>();
            regions.stream().filter(r -> !citedBy.containsKey(r.document))
                    .sorted(Comparator.comparingDouble((Region r) -> -r.seedScore))
                    .limit(UNCITED_REGIONS)
                    .forEach(r -> uncited.add(evaluate(r)));
            uncited.stream().filter(c -> c.score >= UNCITED_THRESHOLD)
                    .sorted(Comparator.comparingDouble((Candidate c) -> -c.score))
                    .filter(c -> perDocument.merge(c.region.document, 1, Integer::sum) <= 1)
                    .sorted(Comparator.comparingDouble((Candidate c) -> -c.score))
                    .limit(UNCITED_PER_ENTRY)
                    .forEach(c -> out.add(c.toParallel(null)));
            return out;
        }

        private boolean nearInTime(SourceDocument doc) {
            if (firstJdn == null || doc.jdnRange == null) {
                return true;
            }
            return doc.jdnRange[0] <= lastJdn + UNCITED_WINDOW_DAYS && doc.jdnRange[1] >= firstJdn - UNCITED_WINDOW_DAYS;
        }

        /**
         * The documents citation {@code c} may rest on: its work's documents, without those whose header names
         * another section (a 本紀 does not hold what 《宋史·夏國傳》 tells).
         */
        private List<Integer> targetsOf(Citation c) {
            List<Integer> ofWork = new ArrayList<>();
            for (int d = 0; d < library.documents.size(); d++) {
                SourceDocument doc = library.documents.get(d);
                if (doc.work != null && doc.work.title().equals(c.work()) && !doc.key.equals(chronicleKey)) {
                    ofWork.add(d);
                }
            }
            if (c.section() == null) {
                return ofWork;
            }
            Work work = works.work(c.work()).orElse(null);
            WorkSection section = work == null ? null : works.section(work, c.section()).orElse(null);
            return ofWork.stream().filter(d -> holdsSection(library.documents.get(d), c.section(), section)).toList();
        }

        private boolean holdsSection(SourceDocument doc, String cited, WorkSection section) {
            if (doc.header.section() == null) {
                return true; // the document does not say which section it is: it may hold the cited one
            }
            // Compared folded, so a simplified header (本纪第五) holds a traditional citation (太宗本紀).
            String written = folded(doc.header.section());
            if (written.contains(folded(cited))) {
                return true;
            }
            if (section == null) {
                return false;
            }
            // 「本紀第五 太宗二」 holds 太宗本紀: the category and the name without it both stand in the header.
            String name = folded(section.name().replace(section.category(), ""));
            return !name.isEmpty() && written.contains(folded(section.category())) && written.contains(name);
        }

        /** Regions of seeds in the searched documents, best first. */
        private List<Region> regions(boolean[] searched) {
            // Each hit is packed as (global position << 32 | feature): one sort orders them by position.
            double[] weights = new double[query.length + 1 + nameWeights.size()];
            long[] hits = new long[256];
            int count = 0;
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i + 1 < query.length; i++) {
                long key = ((long) query[i] << 21) | query[i + 1];
                if (!seen.add(key)) {
                    continue;
                }
                int[] range = library.postings(query[i], query[i + 1]);
                int postings = range[1] - range[0];
                if (postings == 0 || postings > cap) {
                    continue;
                }
                weights[i] = Math.log((double) library.characters() / postings);
                for (int p = range[0]; p < range[1]; p++) {
                    int position = library.positionOf(p);
                    if (searched[library.documentAt[position]]) {
                        if (count == hits.length) {
                            hits = java.util.Arrays.copyOf(hits, count * 2);
                        }
                        hits[count++] = ((long) position << 32) | i;
                    }
                }
            }
            int nameFeature = query.length + 1;
            for (String id : nameWeights.keySet()) {
                int[] positions = library.names.getOrDefault(id, new int[0]);
                weights[nameFeature] = NAME_SEED_WEIGHT * nameWeights.get(id);
                if (positions.length <= cap) {
                    for (int position : positions) {
                        if (searched[library.documentAt[position]]) {
                            if (count == hits.length) {
                                hits = java.util.Arrays.copyOf(hits, count * 2);
                            }
                            hits[count++] = ((long) position << 32) | nameFeature;
                        }
                    }
                }
                nameFeature++;
            }
            java.util.Arrays.sort(hits, 0, count);
            int[] stamp = new int[weights.length];
            int region = 0;
            List<Region> regions = new ArrayList<>();
            int i = 0;
            while (i < count) {
                region++;
                int start = (int) (hits[i] >>> 32);
                int document = library.documentAt[start];
                int end = start + 2;
                int features = 0;
                double score = 0;
                int j = i;
                while (j < count && (int) (hits[j] >>> 32) - end <= REGION_GAP && library.documentAt[(int) (hits[j] >>> 32)] == document) {
                    int f = (int) hits[j];
                    if (stamp[f] != region) {
                        stamp[f] = region;
                        features++;
                        score += weights[f];
                    }
                    end = Math.max(end, (int) (hits[j] >>> 32) + 2);
                    j++;
                }
                if (features >= 2) {
                    int offset = library.offsets[document];
                    SourceDocument doc = library.documents.get(document);
                    // Seeds told near the entry's date count for more: 靈州 and 繼遷 recur for years.
                    double near = nearness(doc.itemDates[doc.itemAt(start - offset)]);
                    regions.add(new Region(document, start - offset, Math.min(end - offset, doc.reading.length()),
                            score * (0.3 + 0.7 * near)));
                }
                i = j;
            }
            // Keep each document's best few regions.
            regions.sort(Comparator.comparingDouble((Region r) -> -r.seedScore));
            Map<Integer, Integer> kept = new HashMap<>();
            return regions.stream().filter(r -> kept.merge(r.document, 1, Integer::sum) <= REGIONS_PER_DOCUMENT).toList();
        }

        private Candidate evaluate(Region region) {
            SourceDocument doc = library.documents.get(region.document);
            Reading r = doc.reading;
            int from = Math.max(0, region.start - REGION_MARGIN);
            int to = Math.min(r.length(), Math.max(region.end + REGION_MARGIN, from + 1));
            if (to - from > MAX_REGION) {
                to = from + MAX_REGION;
            }
            LocalAlignment alignment = LocalAlignment.align(query, 0, query.length, r.foldedCodes(), from, to);
            // The passage holds both the seeds and the aligned stretch: a long entry aligns best with one part
            // of what it tells, while the seeds mark all of it.
            int start = alignment.score() > 0 ? Math.min(region.start, alignment.bStart()) : region.start;
            int end = alignment.score() > 0 ? Math.max(region.end, alignment.bEnd()) : region.end;
            // Widen to whole items of the same dated unit: the passage opens with its date and subject where near.
            int unit = doc.unitAt(start);
            int low = Math.max(doc.itemStarts[unit], start - ITEM_REACH_BEFORE);
            int first = doc.itemAt(start);
            start = doc.itemStarts[first] >= low ? doc.itemStarts[first] : low;
            int high = Math.min(doc.unitEnd(doc.unitAt(Math.max(start, end - 1))), end + ITEM_REACH_AFTER);
            int last = doc.itemAt(Math.max(start, end - 1));
            end = doc.itemEnd(last) <= high ? doc.itemEnd(last) : high;
            Span span = PassageText.withClosingPunctuation(doc.view.source(), r.sourceSpan(start, end));
            // The date in force where the entry aligns, not where the widened passage opens.
            int core = alignment.score() > 0 ? alignment.bStart() : region.start;
            PassageDate date = doc.itemDates[doc.itemAt(core)];
            List<String> shared = sharedNames(doc, span);
            double reuse = 1 - Math.exp(-Math.max(0, alignment.matches() - 4) / 10.0);
            double nameSum = shared.stream().mapToDouble(id -> nameWeights.getOrDefault(id, 0.5)).sum();
            double names = 1 - Math.exp(-nameSum / 1.5);
            double near = nearness(date);
            double score = (1 - (1 - reuse) * (1 - 0.7 * names)) * (0.4 + 0.6 * near);
            Span coreSpan = alignment.score() > 0 ? r.sourceSpan(alignment.bStart(), alignment.bEnd()) : r.sourceSpan(region.start, region.end);
            if (!span.contains(coreSpan)) {
                coreSpan = span;
            }
            return new Candidate(region, doc, start, end, span, coreSpan, date, shared, alignment, Math.min(1, Math.max(0, score)));
        }

        private List<String> sharedNames(SourceDocument doc, Span span) {
            Set<String> ids = new TreeSet<>();
            for (Mention m : within(doc.mentions, span)) {
                if (nameWeights.containsKey(m.id())) {
                    ids.add(m.id());
                }
            }
            return List.copyOf(ids);
        }

        /** How near the source's date is to the entry's: 1 when they overlap, falling off over months. */
        private double nearness(PassageDate date) {
            if (firstJdn == null || lastJdn == null || !date.resolved()) {
                return 0.5;
            }
            int gap = date.lastJdn() < firstJdn ? firstJdn - date.lastJdn() : date.firstJdn() > lastJdn ? date.firstJdn() - lastJdn : 0;
            return Math.exp(-gap / 120.0);
        }

        private DateAgreement agreement(PassageDate date) {
            Integer year = entry.year().julianYear();
            if (year == null || entry.date().month() == 0 || date.lunarYear() == null || date.month() == null) {
                return DateAgreement.UNKNOWN;
            }
            return year.equals(date.lunarYear()) && entry.date().month() == date.month() && entry.date().leap() == date.leap()
                    ? DateAgreement.SAME : DateAgreement.DIFFERENT;
        }

        /** One candidate passage, evaluated. */
        private final class Candidate {
            final Region region;
            final SourceDocument doc;
            final int start;
            final int end;
            final Span span;
            final Span core;
            final PassageDate date;
            final List<String> shared;
            final LocalAlignment alignment;
            final double score;
            double rank;

            Candidate(Region region, SourceDocument doc, int start, int end, Span span, Span core, PassageDate date,
                      List<String> shared, LocalAlignment alignment, double score) {
                this.region = region;
                this.doc = doc;
                this.start = start;
                this.end = end;
                this.span = span;
                this.core = core;
                this.date = date;
                this.shared = shared;
                this.alignment = alignment;
                this.score = score;
                this.rank = score;
            }

            Candidate ranked(double value) {
                rank = value;
                return this;
            }

            Parallel toParallel(Citation citation) {
                Integer juanFound = null;
                if (citation != null && citation.juan() != null && doc.juan() != null && !citation.juan().equals(doc.juan())) {
                    juanFound = doc.juan();
                }
                List<Difference> differences = Differences.of(alignment, query, queryAt, chronicleReading, mentions,
                        doc.reading, doc.mentions);
                return new Parallel(chronicleKey + ":" + entry.index(), entry.index(), doc.key, span, core,
                        PassageText.of(doc.view, span), citation != null, citation == null ? null : citation.asCited(), juanFound,
                        date, agreement(date), differences, shared, Math.round(score * 1000) / 1000.0);
            }
        }
    }

    private static double weightOf(MentionType type) {
        return switch (type) {
            case PER, ROLE -> 1.0;
            case PLACE -> 0.8;
            default -> 0.5;
        };
    }

    /** The mentions of {@code sorted} (by start) inside {@code outer}. */
    static List<Mention> within(List<Mention> sorted, Span outer) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).start() < outer.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = low; i < sorted.size() && sorted.get(i).start() < outer.end(); i++) {
            if (outer.contains(sorted.get(i).span())) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    /** Seeds close together in one document: reading positions {@code [start, end)}. */
    private record Region(int document, int start, int end, double seedScore) {
    }
}
