package org.biannian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages stand in one order, each using only those before it (docs/design.md's data flow): no
 * cycles, and a new dependency against the flow fails here, naming the file.
 */
class PackageOrderTest {

    /** The order; "" is the facade {@code org.biannian} itself. */
    private static final List<String> ORDER = List.of("text", "calendar", "annals", "authority", "tagger", "annotate",
            "sources", "parallels", "library", "", "export", "web", "cli");

    private static final Pattern USE = Pattern.compile("\\borg\\.biannian(?:\\.([a-z]+))?\\.[A-Z]");

    @Test
    void everyPackageUsesOnlyThoseBeforeIt() throws IOException {
        Path root = Path.of("src/main/java/org/biannian");
        List<String> against = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".java")).toList()) {
                String own = root.relativize(file).getNameCount() == 1 ? "" : root.relativize(file).getName(0).toString();
                assertThat(ORDER).as("the package of " + file + " has a place in the order").contains(own);
                files++;
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    String used = m.group(1) == null ? "" : m.group(1);
                    if (ORDER.contains(used) && ORDER.indexOf(used) > ORDER.indexOf(own)) {
                        against.add(file + " uses org.biannian." + used);
                    }
                }
            }
        }
        assertThat(files).isGreaterThan(100);
        assertThat(against).as("uses against the flow").isEmpty();
    }
}
