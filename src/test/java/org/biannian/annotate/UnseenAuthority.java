package org.biannian.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;

/**
 * The built-in pack as if the juans of the hand-annotated passages had never been read: the generated records (ids
 * {@code per:songshi-…}, {@code place:songshi-…}, {@code per:jinshi-…}, {@code per:liaoshi-…}) that only those juans
 * attest are left out. The shipped pack is
 * generated from every juan, so a user has every name; the held-out scores stay those of text the pack was not
 * built from.
 */
final class UnseenAuthority {

    /** The history and juan in a gold file's name: songshi-369-zhangjun.gold.txt → 宋史 369, jinshi-082-… → 金史 82. */
    private static final Pattern GOLD_JUAN = Pattern.compile("(songshi|jinshi|liaoshi)-(\\d+)-.*\\.gold\\.txt");
    /** The juans a generated record cites: 「宋史卷258 列傳」, 「宋史 卷45, 369」, 「金史卷82 列傳」; 「… (9 juans)」 when more were cut. */
    private static final Pattern CITED = Pattern.compile("(宋史|金史|遼史) ?卷(\\d+(?:, \\d+)*)( …)?");
    private static final java.util.Map<String, String> HISTORIES = java.util.Map.of("songshi", "宋史", "jinshi", "金史", "liaoshi", "遼史");

    private UnseenAuthority() {
    }

    static Authority of(Authority builtIn) {
        Set<String> annotated = annotatedJuans();
        List<AuthorityRecord> kept = builtIn.records().stream().filter(r -> !onlyIn(r, annotated)).toList();
        return Authority.of(kept, builtIn.reigns(), List.copyOf(builtIn.roleWords()));
    }

    /** Juans of every gold passage in {@code heldout/}, as history and number: 宋史369, 金史82. */
    static Set<String> annotatedJuans() {
        try (Stream<Path> files = Files.list(Path.of(UnseenAuthority.class.getResource("heldout").toURI()))) {
            Set<String> juans = new TreeSet<>();
            files.map(f -> GOLD_JUAN.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .forEach(m -> juans.add(HISTORIES.get(m.group(1)) + Integer.parseInt(m.group(2))));
            return juans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code r} is a generated record whose every cited juan is in {@code juans}. */
    static boolean onlyIn(AuthorityRecord r, Set<String> juans) {
        if (!r.id().startsWith("per:songshi-") && !r.id().startsWith("place:songshi-") && !r.id().startsWith("per:jinshi-")
                && !r.id().startsWith("per:liaoshi-")) {
            return false;
        }
        Matcher m = CITED.matcher(r.note());
        if (!m.find() || m.group(3) != null) {
            return false;
        }
        for (String juan : m.group(2).split(", ")) {
            if (!juans.contains(m.group(1) + Integer.parseInt(juan))) {
                return false;
            }
        }
        return true;
    }
}
