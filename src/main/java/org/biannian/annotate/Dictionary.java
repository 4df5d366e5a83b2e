package org.biannian.annotate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Name;
import org.biannian.authority.RoleWord;
import org.biannian.text.VariantFolding;

/**
 * Stage 1, dictionary matching: every name and alias of every record, and every role word, found
 * with one Aho–Corasick pass. Single-character names are too ambiguous to match alone (夏 is a
 * season, a prefecture and a state); they are returned only where a guard allows, and place
 * abbreviations are left to {@link PlaceListRule}.
 */
final class Dictionary {

    /** One record (or role word) reachable under a key. */
    record Entry(String id, MentionType type, String canonical, String nameKind, AuthorityRecord record, RoleWord role) {}

    /**
     * Keys are folded (吕䝉正 → 呂蒙正) and the text is scanned folded ({@link #fold}), so a pack's name
     * matches whatever variant an edition writes; folding is code point for code point, so spans hold.
     */
    static final VariantFolding FOLDING = VariantFolding.builtIn();

    /** A name or title folded the way the text is, by the built-in table. */
    static String foldKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            key.appendCodePoint(fold(c));
            i += Character.charCount(c);
        }
        return key.toString();
    }

    private final List<String> keys;
    private final List<List<Entry>> entries;
    private final NameTrie trie;
    /** Single-character place names (夏 for 夏州), by code point, for the list rule. */
    private final CodePointTable<Entry> placeAbbreviations;
    /** Their code points, the cheap test: the list rule asks at every character. */
    private final java.util.BitSet abbreviated = new java.util.BitSet();
    /** The prefectures by the character before 州 (渭 → 渭州), found once: the rules ask at many characters. */
    private final CodePointTable<Entry> prefectures;
    /**
     * The last characters of the persons' names of two characters or more (folded): a character no one's name ends on
     * (誅, 諭, 提, 兼: the verbs) ends no name a frame reads before it.
     */
    private final java.util.BitSet personNameEnds = new java.util.BitSet();
    /** The characters after the first of those names (folded): a character none holds (父 of 丁父憂, 便 of 任便) is no given name. */
    private final java.util.BitSet personNameInsides = new java.util.BitSet();

    private Dictionary(Map<String, List<Entry>> byKey) {
        Map<Integer, Entry> byFirst = new java.util.HashMap<>();
        Map<Integer, Entry> single = new java.util.HashMap<>();
        byKey.forEach((key, list) -> {
            if (key.codePointCount(0, key.length()) == 2 && key.codePointAt(key.offsetByCodePoints(0, 1)) == '州') {
                list.stream().filter(e -> e.type() == MentionType.PLACE).findFirst()
                        .ifPresent(e -> byFirst.put(key.codePointAt(0), e));
            }
            if (key.codePointCount(0, key.length()) >= 2 && list.stream().anyMatch(e -> e.type() == MentionType.PER)) {
                countPersonName(key);
            }
            if (key.codePointCount(0, key.length()) == 1) {
                list.stream().filter(e -> e.type() == MentionType.PLACE).findFirst()
                        .ifPresent(e -> {
                            single.put(key.codePointAt(0), e);
                            abbreviated.set(key.codePointAt(0));
                        });
            }
        });
        this.prefectures = new CodePointTable<>(byFirst);
        this.placeAbbreviations = new CodePointTable<>(single);
        this.keys = new ArrayList<>(byKey.keySet());
        this.entries = new ArrayList<>(byKey.values());
        this.trie = NameTrie.of(keys);
    }

    /**
     * The dictionary of {@code authority} whose name statistics ({@link #endsAPersonsName}, {@link #insideAPersonsName})
     * also count the persons of {@code nameStatistics}: a harvest that leaves its own records out of the names it matches
     * still reads a name's end as the whole pack does (劉克莊 is no 劉克 before a character only harvested names end on).
     */
    static Dictionary of(Authority authority, Authority nameStatistics) {
        Dictionary dictionary = of(authority);
        for (AuthorityRecord record : nameStatistics.records()) {
            if (record.kind() != org.biannian.authority.EntityKind.PERSON) {
                continue;
            }
            for (Name name : record.names()) {
                String key = foldKey(name.text());
                if (key.codePointCount(0, key.length()) >= 2) {
                    dictionary.countPersonName(key);
                }
            }
        }
        return dictionary;
    }

    /** Counts a person's name of two characters or more (folded) in the name statistics. */
    private void countPersonName(String key) {
        personNameEnds.set(key.codePointBefore(key.length()));
        key.codePoints().skip(1).forEach(personNameInsides::set);
    }

    static Dictionary of(Authority authority) {
        Map<String, List<Entry>> byKey = new LinkedHashMap<>();
        for (AuthorityRecord record : authority.records()) {
            MentionType type = MentionType.of(record.kind());
            boolean circuit = type == MentionType.PLACE && "路".equals(record.subtype());
            for (Name name : record.names()) {
                List<Entry> list = byKey.computeIfAbsent(foldKey(circuit ? withoutRoute(name.text()) : name.text()), k -> new ArrayList<>(1));
                if (list.stream().noneMatch(e -> e.id().equals(record.id()))) {
                    list.add(new Entry(record.id(), type, record.canonical(), name.kind(), record, null));
                }
            }
        }
        addStems(authority, byKey);
        for (RoleWord role : authority.roleWords()) {
            byKey.computeIfAbsent(foldKey(role.text()), k -> new ArrayList<>(1))
                    .add(new Entry("role:" + role.text(), MentionType.ROLE, role.text(), "role", null, role));
        }
        return new Dictionary(byKey);
    }

    /**
     * A divided circuit's name as the guidelines tag it, without 路 (京東東路 → 京東東, 荊湖南路 → 荊湖南): 路 is the
     * kind of the unit, left out of the place as in 環州路. Only a name ending in its half's direction, which names
     * nothing else: 真定路 (a Yuan circuit) keeps 路, so 真定 stays the prefecture's stem; 福建路 keeps it beside its
     * name 福建.
     */
    private static String withoutRoute(String name) {
        int length = name.codePointCount(0, name.length());
        if (length < 4 || !name.endsWith("路")) {
            return name;
        }
        String stem = name.substring(0, name.length() - 1); // 路 is one UTF-16 unit
        return "東西南北".indexOf(stem.codePointBefore(stem.length())) >= 0 ? stem : name;
    }

    /**
     * A prefecture written with 府 or 軍 after a two-character stem is also named by the stem (建康 for 建康府, 鎮戎
     * for 鎮戎軍), as a {@code bare} name: found where a bare county's name is, and by {@link DictionaryStage}'s
     * stem rule. Only a stem no record names otherwise is added, so a pack's own reading of it stands.
     */
    private static void addStems(Authority authority, Map<String, List<Entry>> byKey) {
        Map<String, List<Entry>> stems = new LinkedHashMap<>();
        for (AuthorityRecord record : authority.records()) {
            if (MentionType.of(record.kind()) != MentionType.PLACE || !PREFECTURE_KINDS.contains(record.subtype())) {
                continue;
            }
            for (Name name : record.names()) {
                int[] cps = name.text().codePoints().toArray();
                if (cps.length == 3 && (cps[2] == '府' || cps[2] == '軍') && Chars.isHan(cps[0]) && Chars.isHan(cps[1])) {
                    String stem = foldKey(new String(cps, 0, 2));
                    List<Entry> list = stems.computeIfAbsent(stem, k -> new ArrayList<>(1));
                    if (!byKey.containsKey(stem) && list.stream().noneMatch(e -> e.id().equals(record.id()))) {
                        list.add(new Entry(record.id(), MentionType.PLACE, record.canonical(), "bare", record, null));
                    }
                }
            }
        }
        stems.forEach((stem, entries) -> {
            if (!entries.isEmpty()) {
                byKey.put(stem, entries);
            }
        });
    }

    /** The entries under exactly this key (variants folded), or an empty list. */
    List<Entry> lookup(String key) {
        int[] folded = key.codePoints().map(Dictionary::fold).toArray();
        return lookup(folded, 0, folded.length);
    }

    /**
     * The entries under the already folded {@code text[start, end)}, or an empty list: walked in the automaton, so
     * the rules' many questions build no string (and 2-character keys, whose hash codes collide in bulk, no map probe).
     */
    List<Entry> lookup(int[] text, int start, int end) {
        int key = start >= 0 && end <= text.length ? trie.keyOf(text, start, end) : -1;
        return key < 0 ? List.of() : entries.get(key);
    }

    /** The first entry of {@code type} under the already folded {@code text[start, end)}, or null. */
    Entry first(int[] text, int start, int end, MentionType type) {
        for (Entry e : lookup(text, start, end)) {
            if (e.type() == type) {
                return e;
            }
        }
        return null;
    }

    /** One code point folded the way the text is (the BMP from the table made once). */
    private static int fold(int c) {
        return c < BMP_KEYS.length ? BMP_KEYS[c] : FOLDING.fold(c);
    }

    /** The prefecture the packs know as this character and 州 (渭 → 渭州), or null: the rules' test of a one-character place. */
    Entry prefecture(int codePoint) {
        return codePoint < 0 ? null : prefectures.get(fold(codePoint));
    }

    /**
     * The prefecture whose name is the already folded {@code text[start, end)} and 府 or 軍 (真定 → 真定府, 順昌 →
     * 順昌府, 保安 → 保安軍), or null: the record a prefecture's stem stands for.
     */
    Entry prefectureOfStem(int[] text, int start, int end) {
        int[] name = java.util.Arrays.copyOfRange(text, start, end + 1);
        for (int suffix : new int[] {'府', '軍'}) {
            name[name.length - 1] = suffix;
            for (Entry e : lookup(name, 0, name.length)) {
                if (e.type() == MentionType.PLACE && e.record() != null && PREFECTURE_KINDS.contains(e.record().subtype())) {
                    return e;
                }
            }
        }
        return null;
    }

    private static final java.util.Set<String> PREFECTURE_KINDS = java.util.Set.of("府", "州", "軍", "監");

    /** The place a single character abbreviates, or null. */
    /** Whether some person's name of two characters or more ends on {@code codePoint} (folded). */
    boolean endsAPersonsName(int codePoint) {
        return codePoint >= 0 && personNameEnds.get(codePoint);
    }

    /** Whether some person's name of two characters or more holds {@code codePoint} (folded) after its first. */
    boolean insideAPersonsName(int codePoint) {
        return codePoint >= 0 && personNameInsides.get(codePoint);
    }

    Entry placeAbbreviation(int codePoint) {
        return codePoint >= 0 && abbreviated.get(codePoint) ? placeAbbreviations.get(codePoint) : null;
    }

    int keyCount() {
        return keys.size();
    }

    long approximateBytes() {
        return trie.approximateBytes();
    }

    /** Receives raw dictionary matches. */
    @FunctionalInterface
    interface EntrySink {
        void match(int start, int end, List<Entry> entries);
    }

    /** {@code text} folded code point for code point: what every recognition stage reads. */
    static int[] fold(int[] text) {
        int[] folded = new int[text.length];
        for (int i = 0; i < text.length; i++) {
            int c = text[i];
            folded[i] = fold(c);
        }
        return folded;
    }

    /** The folding of every BMP code point, looked up once: the text is folded on every annotation. */
    private static final int[] BMP_KEYS = new int[0x10000];

    static {
        for (int c = 0; c < BMP_KEYS.length; c++) {
            BMP_KEYS[c] = FOLDING.fold(c);
        }
    }

    /** Every occurrence of every key in already folded {@code text}, unfiltered. */
    void scan(int[] text, EntrySink sink) {
        trie.scan(text, (start, end, key) -> sink.match(start, end, entries.get(key)));
    }
}
