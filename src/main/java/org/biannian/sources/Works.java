package org.biannian.sources;

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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The works authority: the titles chronicles cite, their short forms, sections and juan.
 *
 * <p>Read from a tab-separated file whose schema is in {@code docs/sources.md}; the built-in one is
 * {@code org/biannian/sources/works.tsv}. Titles are matched after folding variant characters
 * (鑒 = 鑑, 肖 = 蕭 …) as the file lists them; the cited text itself is never changed.
 */
public final class Works {

    private static final String BUILT_IN = "works.tsv";
    private static volatile Works builtIn;

    private final List<Work> works;
    private final Map<Integer, Integer> variants;
    /** Folded title or short form → works bearing it, in file order. */
    private final Map<String, List<Work>> byTitle = new HashMap<>();
    /** Folded section name or alias → (work title → section). */
    private final Map<String, Map<String, WorkSection>> bySection = new HashMap<>();

    private Works(List<Work> works, Map<Integer, Integer> variants) {
        this.works = List.copyOf(works);
        this.variants = Map.copyOf(variants);
        for (Work work : this.works) {
            index(byTitle, work.title(), work);
            work.shortForms().forEach(s -> index(byTitle, s, work));
            for (WorkSection section : work.sections()) {
                bySection.computeIfAbsent(fold(section.name()), k -> new LinkedHashMap<>()).put(work.title(), section);
                for (String alias : section.aliases()) {
                    bySection.computeIfAbsent(fold(alias), k -> new LinkedHashMap<>()).putIfAbsent(work.title(), section);
                }
            }
        }
    }

    private void index(Map<String, List<Work>> map, String key, Work work) {
        List<Work> list = map.computeIfAbsent(fold(key), k -> new ArrayList<>());
        if (!list.contains(work)) {
            list.add(work);
        }
    }

    /** The authority shipped with Biannian (loaded once). */
    public static Works builtIn() {
        Works w = builtIn;
        if (w == null) {
            synchronized (Works.class) {
                w = builtIn;
                if (w == null) {
                    try (InputStream in = Works.class.getResourceAsStream(BUILT_IN)) {
                        if (in == null) {
                            throw new IllegalStateException("the built-in works authority " + BUILT_IN
                                    + " is missing from the classpath; rebuild the jar (mvn package)");
                        }
                        w = read(BUILT_IN, new InputStreamReader(in, StandardCharsets.UTF_8));
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
     * Reads an authority file in the format of {@code docs/sources.md}.
     *
     * @throws IllegalArgumentException naming the line of the first malformed record
     */
    public static Works read(String name, Reader reader) throws IOException {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
        Map<String, WorkBuilder> builders = new LinkedHashMap<>();
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
                        builders.put(f[1], new WorkBuilder(f[1], list(f[2]), f[3], list(f[4]), dash(f[5])));
                    }
                    case "section" -> {
                        need(f, 5, where);
                        builder(builders, f[1], where).sections.add(new WorkSection(f[2], f[3], list(f[4])));
                    }
                    case "juan" -> {
                        need(f, 6, where);
                        builder(builders, f[1], where).juans.add(new JuanRange(Integer.parseInt(f[2]),
                                Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5])));
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
        List<Work> works = new ArrayList<>();
        builders.values().forEach(b -> works.add(b.build()));
        return new Works(works, variants);
    }

    private static void need(String[] fields, int count, String where) {
        if (fields.length < count) {
            throw new IllegalArgumentException(where + "expected " + count + " tab-separated fields, found " + fields.length);
        }
    }

    private static WorkBuilder builder(Map<String, WorkBuilder> builders, String title, String where) {
        WorkBuilder b = builders.get(title);
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

    /** All works, in authority order. */
    public List<Work> works() {
        return works;
    }

    /** The work whose canonical title is {@code title}, or empty. */
    public Optional<Work> work(String title) {
        return works.stream().filter(w -> w.title().equals(title)).findFirst();
    }

    /** The works cited by {@code title} (canonical or short form, variants folded), in authority order; empty if none. */
    public List<Work> byTitle(String title) {
        return List.copyOf(byTitle.getOrDefault(fold(title), List.of()));
    }

    /** The section of {@code work} named or aliased {@code name} (variants folded), or empty. */
    public Optional<WorkSection> section(Work work, String name) {
        Map<String, WorkSection> m = bySection.get(fold(name));
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(work.title()));
    }

    /** The works that have a section named or aliased {@code name}, in authority order. */
    public List<Work> worksWithSection(String name) {
        Map<String, WorkSection> m = bySection.get(fold(name));
        if (m == null) {
            return List.of();
        }
        return m.keySet().stream().map(t -> work(t).orElseThrow()).toList();
    }

    /** {@code s} with every variant character replaced by its standard form, for matching only. */
    public String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(variants.getOrDefault(c, c)));
        return b.toString();
    }

    private static final class WorkBuilder {
        final String title;
        final List<String> shortForms;
        final String kind;
        final List<String> authors;
        final String date;
        final List<WorkSection> sections = new ArrayList<>();
        final List<JuanRange> juans = new ArrayList<>();

        WorkBuilder(String title, List<String> shortForms, String kind, List<String> authors, String date) {
            this.title = title;
            this.shortForms = shortForms;
            this.kind = kind;
            this.authors = authors;
            this.date = date;
        }

        Work build() {
            return new Work(title, shortForms, kind, authors, date, sections, juans);
        }
    }
}
