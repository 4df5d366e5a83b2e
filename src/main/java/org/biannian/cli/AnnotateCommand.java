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
import org.biannian.authority.Authority;
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

    @Option(names = "--start", paramLabel = "ERA+YEAR", description = "year the text begins in (accepted for compatibility; roles need the annals parser)")
    String start;

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
        for (Mention m : Annotator.of(authority).annotate(view.text(), List.of())) {
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
