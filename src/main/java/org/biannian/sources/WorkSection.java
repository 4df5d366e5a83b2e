package org.biannian.sources;

import java.util.List;
import java.util.Objects;

/**
 * A section of a work: a 本紀, 志, 表, 外紀 or 列傳 of a history, or a 類 of a compilation.
 *
 * @param name     canonical name, e.g. 太宗本紀
 * @param category 本紀, 志, 表, 外紀, 列傳, 類 …
 * @param aliases  other names it is cited by, e.g. 太宗紀
 */
public record WorkSection(String name, String category, List<String> aliases) {

    public WorkSection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        aliases = List.copyOf(aliases);
    }
}
