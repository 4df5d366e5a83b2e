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
import org.biannian.authority.WorksFile;

/**
 * The works authority: the titles chronicles cite, their short forms, sections and juan.
 *
 * <p>Read from a tab-separated file whose schema is in {@code docs/sources.md}; the built-in one is
 * {@code org/biannian/authority/works.tsv}, read by {@link WorksFile} (the annotator's WORK records
 * come from the same file). Titles are matched after folding variant characters
 * (鑒 = 鑑, 肖 = 蕭 …) as the file lists them; the cited text itself is never changed.
 */
public final class Works {

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

    /** The authority shipped with Biannian: the one works file the annotator reads too. */
    public static Works builtIn() {
        Works w = builtIn;
        if (w == null) {
            synchronized (Works.class) {
                w = builtIn;
                if (w == null) {
                    w = of(WorksFile.builtIn());
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
        return of(WorksFile.read(name, reader));
    }

    private static Works of(WorksFile file) {
        List<Work> works = new ArrayList<>();
        for (WorksFile.WorkLine w : file.works()) {
            List<WorkSection> sections = w.sections().stream()
                    .map(s -> new WorkSection(s.name(), s.category(), s.aliases())).toList();
            List<JuanRange> juans = w.juans().stream().map(j -> new JuanRange(j[0], j[1], j[2], j[3])).toList();
            works.add(new Work(w.title(), w.shortForms(), w.kind(), w.authors(), w.date(), sections, juans));
        }
        return new Works(works, file.variants());
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

    /**
     * {@code s} with every variant character replaced by its standard form, for matching only: the
     * file's own variants (simplified forms, 鑒) and then the project's variant table (VariantFolding).
     */
    public String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(VARIANTS.fold(variants.getOrDefault(c, c))));
        return b.toString();
    }

    private static final org.biannian.text.VariantFolding VARIANTS = org.biannian.text.VariantFolding.builtIn();
}
