package org.biannian.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.EntityKind;
import org.biannian.authority.Name;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.calendar.DateExpressionReader;
import org.biannian.tagger.CharTagger;
import org.biannian.text.SourceText;
import org.biannian.text.Span;

/**
 * Finds and links the mentions in a text with one authority. Build once per authority (the
 * dictionary automaton is the costly part) and reuse; {@link #annotate} is thread-safe.
 */
public final class Annotator {

    private final Authority authority;
    private final Dictionary dictionary;
    private final ClanGivenNameRule clanGivenNames;
    /**
     * Each person's given names by id (李繼隆 → 繼隆), for the alias stage, derived on first use: the cache keyed by the
     * record it replaces hashed all the record's names at every look-up (a quarter of the stage in a JFR profile).
     */
    private final Map<String, List<String>> givenNamesById = new java.util.concurrent.ConcurrentHashMap<>();
    /** Polity name as written (宋, 大宋, 契丹) → polity id, to read a region's regime. */
    private final Map<String, String> polityIds;
    private final DateExpressionReader dateReader = ChineseCalendar.builtIn().dateReader();
    private final java.util.Set<String> eraNames = ChineseCalendar.builtIn().eraNames();
    /** The era names as an automaton, asked without building a string (「ERA中」 at every opener of a date). */
    private final NameTrie eraTrie = NameTrie.of(List.copyOf(eraNames));
    private final java.util.BitSet dateOpeners = DateStage.openers(eraNames, ChineseCalendar.builtIn().regimeNames());
    /** Eras of the packs' own period (五代 to 宋, 907–1279), whose names read as the era before a prefecture's stem. */
    private final java.util.Set<String> periodEraNames = DictionaryStage.erasBetween(ChineseCalendar.builtIn(), 907, 1279);
    /** The statistical tagger and the confidence its names need, or null when it is off (see docs/tagger.md). */
    private final CharTagger tagger;
    private final TaggerStage.TaggerSettings taggerSettings;

    /**
     * The confidence a person found by the tagger alone needs (docs/tagger.md): on the held-out passages
     * any threshold up to 5 gives the same two right names; 5 keeps a margin. Places from the tagger are
     * off: at every confidence their precision stayed well under 0.9.
     */
    public static final double TAGGER_PERSON_CONFIDENCE = 5;

    private Annotator(Authority authority, Dictionary dictionary, CharTagger tagger, TaggerStage.TaggerSettings taggerSettings) {
        this.authority = authority;
        this.dictionary = dictionary;
        this.clanGivenNames = ClanGivenNameRule.of(authority);
        Map<String, String> ids = new HashMap<>();
        for (AuthorityRecord r : authority.records()) {
            if (r.kind() == EntityKind.POLITY) {
                for (Name n : r.names()) {
                    ids.putIfAbsent(n.text(), r.id());
                }
            }
        }
        this.polityIds = Map.copyOf(ids);
        this.tagger = tagger;
        this.taggerSettings = taggerSettings;
    }

    public static Annotator of(Authority authority) {
        return new Annotator(Objects.requireNonNull(authority, "authority"), Dictionary.of(authority), CharTagger.builtIn(),
                new TaggerStage.TaggerSettings(TAGGER_PERSON_CONFIDENCE, Double.POSITIVE_INFINITY));
    }

    /**
     * An annotator matching the names of {@code authority} whose name statistics also count the persons of
     * {@code nameStatistics} ({@link Dictionary#of(Authority, Authority)}): for a harvest that leaves the records it makes
     * out of what it matches, so that its frames end names as the whole pack's annotator does.
     */
    static Annotator harvesting(Authority authority, Authority nameStatistics) {
        return new Annotator(Objects.requireNonNull(authority, "authority"), Dictionary.of(authority, nameStatistics), CharTagger.builtIn(),
                new TaggerStage.TaggerSettings(TAGGER_PERSON_CONFIDENCE, Double.POSITIVE_INFINITY));
    }

    /**
     * This annotator with a statistical tagger beside the dictionary and rules: its persons and places
     * at or above the given confidences become mentions ({@code foundBy} {@code tagger}) where no other
     * stage proposed anything; {@code Double.POSITIVE_INFINITY} turns a kind off. {@link #of} has the
     * built-in tagger on for persons at {@link #TAGGER_PERSON_CONFIDENCE} (docs/tagger.md). Builds a new
     * annotator on the same dictionary: for tests, benchmarks and measurements.
     */
    public Annotator withTagger(CharTagger charTagger, double personConfidence, double placeConfidence) {
        return new Annotator(authority, dictionary, Objects.requireNonNull(charTagger, "charTagger"),
                new TaggerStage.TaggerSettings(personConfidence, placeConfidence));
    }

    /** This annotator with dictionary and rules alone, no statistical tagger (on the same dictionary, like {@link #withTagger}). */
    public Annotator withoutTagger() {
        return new Annotator(authority, dictionary, null, null);
    }

    /**
     * Mentions over the whole text, sorted by start (longer first), nested ones kept.
     *
     * @param dates the date in force for regions of the text (one per chronicle entry), used to resolve
     *     roles such as 宋帝 / 帝 / 上 to the ruler of that day; may be empty (roles are then unlinked)
     */
    public List<Mention> annotate(SourceText text, List<DatedRegion> dates) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dates, "dates");
        int[] written = text.text().codePoints().toArray();
        // Recognition reads the text with variants folded (吕䝉正 as 呂蒙正), code point for code point, so
        // spans are the written text's; a mention's text is sliced from the written text, never the folded one.
        int[] codePoints = Dictionary.fold(written);

        // Recognition: every stage proposes hits independently, except that the compound-office rule
        // reads the place hits before it (a title is built on the place it names: 知白州 needs 白州
        // from the suffix rule) and the titled-name rule reads the offices (a name follows its title).
        List<Hit> hits = new ArrayList<>(DictionaryStage.hits(codePoints, dictionary, periodEraNames));
        Selector.KnownPlaces knownPlaces = Selector.KnownPlaces.of(hits);
        hits.addAll(PlaceListRule.hits(codePoints, dictionary));
        hits.addAll(SuffixedPlaceRule.hits(codePoints, hits));
        List<Hit> openings = BiographyOpeningRule.hits(codePoints, hits);
        hits = BiographyOpeningRule.withoutWordsAcrossSubjects(hits, openings, codePoints);
        hits.addAll(Selector.withoutClashes(openings, hits, codePoints.length, knownPlaces));
        hits.addAll(Selector.withoutClashes(KinAtLifeEndRule.hits(codePoints, openings, hits), hits, codePoints.length, knownPlaces));
        hits.addAll(Selector.withoutClashes(NameRules.hits(codePoints), hits, codePoints.length, knownPlaces));
        hits.addAll(Selector.withoutClashes(BattleSiteRule.hits(codePoints), hits, codePoints.length, knownPlaces));
        hits.addAll(Selector.withoutClashes(PlaceBeforeTitleRule.hits(codePoints, hits, dictionary), hits, codePoints.length, knownPlaces));
        hits.addAll(Selector.withoutClashes(ShortPlaceRule.hits(codePoints, dictionary, hits), hits, codePoints.length, knownPlaces));
        hits = new ArrayList<>(Selector.withoutRouteWord(hits, codePoints, this::isRoad));
        hits.addAll(InstitutionTitleRule.hits(codePoints, hits));
        hits.addAll(ArmyCommandRule.hits(codePoints, hits, dictionary));
        hits.addAll(OfficeCompoundRule.hits(codePoints, hits));
        hits.addAll(NobleTitleRule.hits(codePoints, hits));
        hits.addAll(NobleTitleRule.fiefs(codePoints, hits));
        hits.addAll(NobleTitleRule.conferred(codePoints));
        hits.addAll(TitledNameRule.hits(codePoints, hits, dictionary));
        hits.addAll(GivenNameFrameRule.hits(codePoints, hits));
        hits.addAll(NameListRule.hits(codePoints, hits));
        hits.addAll(NameRunRule.hits(codePoints, hits));
        hits.addAll(GenerationNameRule.hits(codePoints, hits));
        hits.addAll(FormerRulerRule.hits(codePoints));
        hits.addAll(clanGivenNames.hits(codePoints, hits));
        hits.addAll(clanGivenNames.rulers(codePoints, hits));
        hits.addAll(DateStage.hits(text, written, dateReader, eraTrie, dateOpeners));
        WorkRule.Result works = WorkRule.hits(codePoints, dictionary, hits);
        hits.addAll(works.hits());
        if (tagger != null) {
            hits.addAll(TaggerStage.hits(codePoints, hits, tagger, taggerSettings));
        }

        // Selection before aliasing: a given name counts only after its full name has been accepted.
        hits = Selector.empressesAsRoles(hits, codePoints);
        hits = Selector.withoutInstitutions(hits, codePoints);
        List<Hit> selected = new ArrayList<>(Selector.select(hits, works.interiors(), codePoints, knownPlaces));
        selected.addAll(PlaceSiblingRule.hits(codePoints, selected));
        selected.sort(Hit.BY_POSITION);
        java.util.Set<Integer> subjects = new java.util.HashSet<>();
        for (Hit h : openings) {
            if (h.type() == MentionType.PER && (Chars.at(codePoints, h.end()) == '字' || h.foundBy().equals(BiographyOpeningRule.SON_FOUND_BY))) {
                subjects.add(h.start());
            }
        }
        subjects.addAll(BiographyOpeningRule.subjectsWithoutCourtesyName(codePoints, selected));
        List<Hit> aliases = AliasStage.hits(codePoints, selected, namesInTitles(hits, works.interiors()), authority, this::givenNames,
                works.interiors(), subjects);
        List<Hit> withAliases = new ArrayList<>(selected);
        int[] aliased = coverage(aliases, codePoints.length);
        // A given name displaces a rule's guess and a people or state by one character inside it (夷 of 夷簡).
        withAliases.removeIf(h -> (h.priority() == Hit.RULE || h.length() == 1 && (h.type() == MentionType.GROUP
                || h.type() == MentionType.POLITY)) && aliased[h.end()] - aliased[h.start()] > 0);
        withAliases.addAll(aliases);
        withAliases.sort(Hit.BY_POSITION);

        // Linking after all names are in, so context scores can see the whole document before each mention.
        List<DatedRegion> byStart = Regions.sorted(dates);
        List<Hit> linked = ContextLinker.link(withAliases, authority, byStart, polityIds);
        List<Hit> resolved = RoleStage.resolve(codePoints, linked, authority, dictionary, byStart, polityIds);

        List<Mention> mentions = new ArrayList<>(resolved.size());
        for (Hit h : resolved) {
            mentions.add(new Mention(new Span(h.start(), h.end()), text.slice(h.start(), h.end()), h.type(), h.canonical(),
                    h.id(), h.candidates(), h.foundBy()));
        }
        mentions.sort(null);
        return List.copyOf(mentions);
    }

    /** Whether the record {@code id} is a named road (橐駝路), whose 路 is part of its name. */
    private boolean isRoad(String id) {
        return authority.find(id).map(r -> r.subtype().equals(ROAD_KIND)).orElse(false);
    }

    /** The kind of a named road's record, as places.tsv writes it. */
    private static final String ROAD_KIND = "road";

    /** The given names of the record {@code id}, or null if no record has it. */
    private List<String> givenNames(String id) {
        List<String> known = givenNamesById.get(id);
        if (known == null) {
            AuthorityRecord record = authority.find(id).orElse(null);
            if (record == null) {
                return null;
            }
            known = givenNamesById.computeIfAbsent(id, k -> List.copyOf(AliasStage.givenNames(record)));
        }
        return known;
    }

    /** Persons named inside 《》 titles (《秦翰傳》): not mentions, but they introduce the person for short names. */
    private static List<Hit> namesInTitles(List<Hit> hits, List<int[]> interiors) {
        List<Hit> names = new ArrayList<>();
        for (Hit h : hits) {
            if (h.type() == MentionType.PER && h.id() != null && insideOne(interiors, h.start(), h.end())) {
                names.add(h);
            }
        }
        return names;
    }

    /** Whether {@code [start, end)} lies inside one of {@code interiors} (ordered, disjoint): a binary search, so long texts stay linear. */
    private static boolean insideOne(List<int[]> interiors, int start, int end) {
        int low = 0;
        int high = interiors.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int[] interior = interiors.get(mid);
            if (interior[1] < end) {
                low = mid + 1;
            } else if (interior[0] > start) {
                high = mid - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Prefix counts of code points covered by {@code hits}: {@code [a, b)} touches a hit iff {@code c[b] - c[a] > 0}. */
    private static int[] coverage(List<Hit> hits, int length) {
        int[] covered = new int[length + 1];
        for (Hit h : hits) {
            for (int i = h.start(); i < h.end(); i++) {
                covered[i + 1] = 1;
            }
        }
        for (int i = 1; i <= length; i++) {
            covered[i] += covered[i - 1];
        }
        return covered;
    }

    /** The dictionary stage's automaton, for the benchmark of the matcher alone. */
    Dictionary dictionary() {
        return dictionary;
    }

    /** Names in the dictionary automaton, for benchmarks and diagnostics. */
    public int dictionarySize() {
        return dictionary.keyCount();
    }

    /** Approximate heap bytes of the dictionary automaton. */
    public long dictionaryBytes() {
        return dictionary.approximateBytes();
    }
}
