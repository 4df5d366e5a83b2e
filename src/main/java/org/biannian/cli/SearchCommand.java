package org.biannian.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.biannian.Biannian;
import org.biannian.library.LibraryException;
import org.biannian.library.SearchHit;
import org.biannian.library.SearchQuery;
import org.biannian.library.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code biannian search QUERY}: entries of a library, as JSON. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search a library's entries (traditional or simplified); JSON on stdout.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "WORD", description = "words to find (繼遷 靈州); all must match")
    java.util.List<String> words;

    @Option(names = "--person", description = "only entries mentioning this person (id, name or alias: 繼遷)") String person;
    @Option(names = "--place", description = "only entries mentioning this place (id or name: 靈州)") String place;
    @Option(names = "--office", description = "only entries naming this office") String office;
    @Option(names = "--polity", description = "only entries naming this polity (遼, 契丹, pol:liao)") String polity;
    @Option(names = "--work", description = "only entries citing this work (續資治通鑑長編, 宋史·夏國傳)") String work;
    @Option(names = "--regime", description = "only entries dated in this regime's calendar") String regime;
    @Option(names = "--from", paramLabel = "DATE", description = "entries dated on or after: 至道元年, 995-01-01 (Julian)") String from;
    @Option(names = "--to", paramLabel = "DATE", description = "entries dated on or before: 至道三年, 997-12-31") String to;
    @Option(names = "--offset", defaultValue = "0", description = "results to skip") int offset;
    @Option(names = "--limit", defaultValue = "20", description = "results to return (1-" + SearchQuery.MAX_LIMIT + ")") int limit;
   

    @Mixin
    PrettyOption pretty;

    @Mixin
    LibraryOption library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Integer missing = LibraryOption.missing(spec, library.folder);
        if (missing != null) {
            return missing;
        }
        SearchQuery query;
        Biannian biannian = Biannian.create();
        try {
            Integer fromJdn = from == null ? null : biannian.dateRange(from, regime)[0];
            Integer toJdn = to == null ? null : biannian.dateRange(to, regime)[1];
            if (fromJdn != null && toJdn != null && fromJdn > toJdn) {
                return Main.usageError(spec, "--from " + from + " is after --to " + to + ": nothing can be dated in between (swap them?)");
            }
            String text = words == null || words.isEmpty() ? null : String.join(" ", words);
            query = new SearchQuery(text, person, place, office, polity, work, regime, fromJdn, toJdn, offset, limit);
        } catch (IllegalArgumentException e) {
            return Main.usageError(spec, e.getMessage());
        }
        if (query.text() != null && query.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
            // It would match nothing (the library's answer): say why instead of an empty result.
            return Main.inputError(spec, "nothing to search for in 「" + query.text() + "」: no letter or digit (a shell under"
                    + " LC_ALL=C hands Java non-ASCII words as ?: use a UTF-8 locale, e.g. LC_ALL=C.UTF-8)");
        }
        SearchResults results;
        try {
            // A filter naming nothing the library knows would silently give 0: say so, with the nearest names.
            String[][] filters = {{"person", "per", person}, {"place", "place", place}, {"office", "office", office},
                    {"polity", "polity", polity}, {"work", "work", work}, {"regime", "regime", regime}};
            for (String[] f : filters) {
                java.util.Optional<java.util.List<String>> near = biannian.nearestIfUnknown(library.folder, f[1], f[2]);
                if (near.isPresent()) {
                    return Main.inputError(spec, "no " + f[0] + " 「" + f[2] + "」 is known in " + library.folder
                            + (near.get().isEmpty() ? "" : "; nearest: " + String.join("、", near.get())));
                }
            }
            results = biannian.search(library.folder, query);
        } catch (LibraryException e) {
            return Main.inputError(spec, e.getMessage());
        }
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("total", results.total());
        ArrayNode hits = doc.putArray("results");
        for (SearchHit h : results.hits()) {
            ObjectNode hit = hits.addObject();
            hit.put("id", h.id());
            hit.put("document", h.document());
            hit.put("index", h.index());
            hit.put("score", h.score());
            hit.put("snippet", h.snippet());
            h.matchedAs().forEach(hit.putArray("matchedAs")::add);
        }
        Output.json(spec.commandLine().getOut(), doc, pretty.isPretty());
        return 0;
    }
}
