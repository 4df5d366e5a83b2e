package org.biannian.authority;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one works authority, {@code org/biannian/authority/works.tsv} (schema in docs/sources.md),
 * and its one reader. The annotator links 《…》 titles with the WORK records made from it
 * ({@link #records()}); the critical apparatus ({@code sources.Works}) reads sections, juan and
 * variant characters from the same lines, so both name a work alike and link it to the same id:
 * {@code work:} + its canonical title ({@code work:宋史·夏國傳} for a section).
 */
public final class WorksFile {

    static final String BUILT_IN = "/org/biannian/authority/works.tsv";
    private static volatile WorksFile builtIn;

    /** A {@code work} line with the {@code section} and {@code juan} lines that follow it. */
    public record WorkLine(String title, List<String> shortForms, String kind, List<String> authors, String date,
                           List<SectionLine> sections, List<int[]> juans) {
    }

    /** A {@code section} line: its name, category (本紀, 志, 列傳 …) and aliases. */
    public record SectionLine(String name, String category, List<String> aliases) {
    }

    private final List<WorkLine> works;
    private final Map<Integer, Integer> variants;

    private WorksFile(List<WorkLine> works, Map<Integer, Integer> variants) {
        this.works = List.copyOf(works);
        this.variants = Map.copyOf(variants);
    }

    /** The works authority shipped with Biannian (read once). */
    public static WorksFile builtIn() {
        WorksFile w = builtIn;
        if (w == null) {
            synchronized (WorksFile.class) {
                w = builtIn;
                if (w == null) {
                    try (InputStream in = WorksFile.class.getResourceAsStream(BUILT_IN)) {
                        if (in == null) {
                            throw new IllegalStateException("the built-in works authority " + BUILT_IN
                                    + " is missing from the classpath; rebuild the jar (mvn package)");
                        }
                        w = read("works.tsv", new InputStreamReader(in, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    builtIn = w;
                }
            }
        }
        return w;
    }

    /**
     * Reads a works authority file.
     *
     * @throws IllegalArgumentException naming the line of the first malformed record
     */
    public static WorksFile read(String name, Reader reader) throws IOException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
        Map<String, Builder> builders = new LinkedHashMap<>();
        Map<Integer, Integer> variants = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String where = name + ":" + number + ": ";
            try {
                switch (f[0]) {
                    case "work" -> {
                        need(f, 6, where);
                        if (builders.containsKey(f[1])) {
                            throw new IllegalArgumentException(where + "work " + f[1] + " listed twice");
                        }
                        builders.put(f[1], new Builder(f[1], list(f[2]), f[3], list(f[4]), dash(f[5])));
                    }
                    case "section" -> {
                        need(f, 5, where);
                        builder(builders, f[1], where).sections.add(new SectionLine(f[2], f[3], list(f[4])));
                    }
                    case "juan" -> {
                        need(f, 6, where);
                        builder(builders, f[1], where).juans.add(new int[] {Integer.parseInt(f[2]),
                                Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5])});
                    }
                    case "variant" -> {
                        need(f, 3, where);
                        if (f[1].codePointCount(0, f[1].length()) != 1 || f[2].codePointCount(0, f[2].length()) != 1) {
                            throw new IllegalArgumentException(where + "a variant maps one character to one character");
                        }
                        variants.put(f[1].codePointAt(0), f[2].codePointAt(0));
                    }
                    default -> throw new IllegalArgumentException(where + "unknown record type '" + f[0]
                            + "' (expected work, section, juan or variant)");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "not a number: " + e.getMessage(), e);
            }
        }
        List<WorkLine> works = new ArrayList<>();
        builders.values().forEach(b -> works.add(b.build()));
        return new WorksFile(works, variants);
    }

    /** Every work, in file order. */
    public List<WorkLine> works() {
        return works;
    }

    /** The file's own variant characters (鑒 → 鑑, simplified → traditional), folded when matching titles. */
    public Map<Integer, Integer> variants() {
        return variants;
    }

    /** The id of the work (or {@code work·section}) whose canonical title is {@code canonical}. */
    public static String id(String canonical) {
        return "work:" + canonical;
    }

    /**
     * The WORK records the annotator links titles with: one per work (its title and short forms;
     * subtype its kind, note its authors) and one per section ({@code 宋史·夏國傳}, named by the
     * section, its aliases and both with the work's title in front; parent the work).
     */
    public List<AuthorityRecord> records() {
        List<AuthorityRecord> records = new ArrayList<>();
        for (WorkLine w : works) {
            Set<String> names = new LinkedHashSet<>();
            names.add(w.title());
            names.addAll(w.shortForms());
            records.add(record(id(w.title()), w.title(), names, w.kind(), "", String.join("、", w.authors())));
            for (SectionLine s : w.sections()) {
                String canonical = w.title() + "·" + s.name();
                Set<String> sectionNames = new LinkedHashSet<>();
                sectionNames.add(canonical);
                sectionNames.add(s.name());
                for (String alias : s.aliases()) {
                    sectionNames.add(alias);
                    sectionNames.add(w.title() + "·" + alias);
                }
                records.add(record(id(canonical), canonical, sectionNames, s.category(), id(w.title()), ""));
            }
        }
        return records;
    }

    private static AuthorityRecord record(String id, String canonical, Set<String> names, String subtype, String parent,
                                          String note) {
        List<Name> list = new ArrayList<>();
        for (String n : names) {
            list.add(new Name(n, n.equals(canonical) ? "canonical" : "alias", 0, 0, ""));
        }
        return new AuthorityRecord(id, EntityKind.WORK, canonical, list, subtype, "", parent, 0, 0, "", null, note);
    }

    private static void need(String[] fields, int count, String where) {
        if (fields.length < count) {
            throw new IllegalArgumentException(where + "expected " + count + " tab-separated fields, found " + fields.length);
        }
    }

    private static Builder builder(Map<String, Builder> builders, String title, String where) {
        Builder b = builders.get(title);
        if (b == null) {
            throw new IllegalArgumentException(where + "work " + title + " must be listed (work record) before its sections and juan");
        }
        return b;
    }

    private static List<String> list(String field) {
        return field.equals("-") || field.isBlank() ? List.of() : Arrays.asList(field.split(","));
    }

    private static String dash(String field) {
        return field.equals("-") ? "" : field;
    }

    private static final class Builder {
        final String title;
        final List<String> shortForms;
        final String kind;
        final List<String> authors;
        final String date;
        final List<SectionLine> sections = new ArrayList<>();
        final List<int[]> juans = new ArrayList<>();

        Builder(String title, List<String> shortForms, String kind, List<String> authors, String date) {
            this.title = title;
            this.shortForms = shortForms;
            this.kind = kind;
            this.authors = authors;
            this.date = date;
        }

        WorkLine build() {
            return new WorkLine(title, List.copyOf(shortForms), kind, List.copyOf(authors), date, List.copyOf(sections),
                    List.copyOf(juans));
        }
    }
}
