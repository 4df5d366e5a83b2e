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
 * {@code per:songshi-…}, {@code place:songshi-…}) that only those juans attest are left out. The shipped pack is
 * generated from every juan, so a user has every name; the held-out scores stay those of text the pack was not
 * built from.
 */
final class UnseenAuthority {

    /** The juan in a gold file's name: songshi-369-zhangjun.gold.txt → 369. */
    private static final Pattern GOLD_JUAN = Pattern.compile("songshi-(\\d+)-.*\\.gold\\.txt");
    /** The juans a generated record cites: 「宋史卷258 列傳」, 「宋史 卷45, 369」; 「… (9 juans)」 when more were cut. */
    private static final Pattern CITED = Pattern.compile("宋史 ?卷(\\d+(?:, \\d+)*)( …)?");

    private UnseenAuthority() {
    }

    static Authority of(Authority builtIn) {
        Set<Integer> annotated = annotatedJuans();
        List<AuthorityRecord> kept = builtIn.records().stream().filter(r -> !onlyIn(r, annotated)).toList();
        return Authority.of(kept, builtIn.reigns(), List.copyOf(builtIn.roleWords()));
    }

    /** Juans of every gold passage in {@code heldout/}. */
    static Set<Integer> annotatedJuans() {
        try (Stream<Path> files = Files.list(Path.of(UnseenAuthority.class.getResource("heldout").toURI()))) {
            Set<Integer> juans = new TreeSet<>();
            files.map(f -> GOLD_JUAN.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .forEach(m -> juans.add(Integer.parseInt(m.group(1))));
            return juans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code r} is a generated record whose every cited juan is in {@code juans}. */
    static boolean onlyIn(AuthorityRecord r, Set<Integer> juans) {
        if (!r.id().startsWith("per:songshi-") && !r.id().startsWith("place:songshi-")) {
            return false;
        }
        Matcher m = CITED.matcher(r.note());
        if (!m.find() || m.group(2) != null) {
            return false;
        }
        for (String juan : m.group(1).split(", ")) {
            if (!juans.contains(Integer.parseInt(juan))) {
                return false;
            }
        }
        return true;
    }
}
