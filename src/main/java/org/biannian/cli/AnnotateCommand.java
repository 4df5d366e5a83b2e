package org.biannian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.biannian.annotate.Annotator;
import org.biannian.annotate.Candidate;
import org.biannian.annotate.Mention;
import org.biannian.annals.AnnalsParser;
import org.biannian.annals.ParseOptions;
import org.biannian.annotate.ChronicleRegions;
import org.biannian.annotate.DatedRegion;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.authority.Authority;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.EntityKind;
import org.biannian.authority.Reign;
import org.biannian.text.Span;
import org.biannian.authority.PackFormatException;
import org.biannian.text.InputException;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;
import org.biannian.text.TextView;
import org.biannian.text.WikiReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code biannian annotate FILE [--authority DIR]…}: one JSON object per mention (design.md §3). */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = "Find and link persons, places, offices, polities, groups, works, dates and roles (JSON Lines on stdout).")
final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 text, or Wikisource markup (.wiki)")
    Path file;

    @Option(names = "--authority", paramLabel = "DIR",
            description = "an extra authority pack folder (see docs/authority.md); repeatable, later packs override earlier ones")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--start", paramLabel = "ERA+YEAR", description = "the year the text begins in when it has no year headings (e.g. 淳化五年); dates the entries so 宋帝 / 帝 resolve to the ruler of the day")
    String start;

    @Option(names = "--regime", paramLabel = "STATE", defaultValue = "宋",
            description = "the state whose history the text is (default: ${DEFAULT-VALUE}); decides 太宗, 帝 and the like when no entry dates are known")
    String regime;

    /**
     * When the annals parser dates no entry (a text that is not a chronicle, or without --start), the
     * whole text is one region spanning every reign of {@code --regime}: temple names prefer that
     * state's rulers, and 帝 stays unlinked with its candidates.
     */
    private List<DatedRegion> wholeText(Authority authority, SourceText text) {
        String polity = authority.records().stream()
                .filter(r -> r.kind() == EntityKind.POLITY && r.names().stream().anyMatch(n -> n.text().equals(regime)))
                .map(AuthorityRecord::id).findFirst().orElse(null);
        List<Reign> reigns = polity == null ? List.of() : authority.rulers(polity, Integer.MIN_VALUE / 2, Integer.MAX_VALUE / 2);
        if (reigns.isEmpty() || text.length() == 0) {
            return List.of();
        }
        int first = reigns.stream().mapToInt(Reign::firstJdn).min().getAsInt();
        int last = reigns.stream().mapToInt(Reign::lastJdn).max().getAsInt();
        return List.of(new DatedRegion(new Span(0, text.length()), regime, first, last));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Authority authority;
        SourceText source;
        try {
            authority = packs.isEmpty() ? Authority.builtIn() : Authority.load(packs);
            source = TextReader.read(file);
        } catch (PackFormatException | InputException e) {
            err.println("biannian: " + e.getMessage());
            return Main.EXIT_INPUT;
        }
        // Wiki markup is read through its markup-free view; offsets are mapped back to the file.
        TextView view = WikiReader.isWikiFile(file.toString()) ? WikiReader.read(source) : TextView.of(source);
        ObjectMapper json = new ObjectMapper();
        List<DatedRegion> dates;
        try {
            ChineseCalendar calendar = ChineseCalendar.builtIn();
            dates = ChronicleRegions.of(AnnalsParser.parse(view, new ParseOptions(start, regime, null), calendar), calendar);
        } catch (IllegalArgumentException e) {
            err.println("biannian: " + e.getMessage());
            return Main.EXIT_INPUT;
        }
        if (dates.isEmpty()) {
            dates = wholeText(authority, view.text());
        }
        for (Mention m : Annotator.of(authority).annotate(view.text(), dates)) {
            Map<String, Object> line = new LinkedHashMap<>();
            var span = view.toSource(m.span());
            line.put("start", span.start());
            line.put("end", span.end());
            line.put("text", source.slice(span));
            line.put("type", m.type().name());
            line.put("canonical", m.canonical());
            if (m.id() != null) {
                line.put("id", m.id());
            }
            if (!m.candidates().isEmpty()) {
                List<Map<String, Object>> candidates = new ArrayList<>();
                for (Candidate c : m.candidates()) {
                    candidates.add(Map.of("id", c.id(), "canonical", c.canonical(), "score", c.score()));
                }
                line.put("candidates", candidates);
            }
            line.put("foundBy", m.foundBy());
            out.println(json.writeValueAsString(line));
        }
        out.flush();
        return 0;
    }
}
