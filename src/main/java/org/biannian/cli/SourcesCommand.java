package org.biannian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.biannian.annals.AnnalsParser;
import org.biannian.annals.Chronicle;
import org.biannian.annals.ParseOptions;
import org.biannian.calendar.ChineseCalendar;
import org.biannian.sources.ChronicleSources;
import org.biannian.sources.EntrySources;
import org.biannian.sources.SourceIndex;
import org.biannian.sources.Works;
import org.biannian.text.InputException;
import org.biannian.text.SourceText;
import org.biannian.text.TextReader;
import org.biannian.text.TextView;
import org.biannian.text.WikiReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code biannian sources FILE}: the source index of a chronicle as JSON (design.md §3). */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Index a chronicle's cited sources and the compiler's notes (JSON on stdout).")
final class SourcesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 chronicle text (.wiki for Wikisource markup)")
    Path file;

    @Option(names = "--start", paramLabel = "ERA+YEAR", description = "the year the text begins in, e.g. 淳化五年")
    String start;

    @Option(names = "--regime", paramLabel = "REGIME", description = "the calendar the text follows (default 宋)")
    String regime;

    @Override
    public Integer call() throws Exception {
        SourceText text;
        try {
            text = TextReader.read(file);
        } catch (InputException e) {
            spec.commandLine().getErr().println("biannian: " + e.getMessage());
            return Main.EXIT_INPUT;
        }
        TextView view = WikiReader.isWikiFile(file.toString()) ? WikiReader.read(text) : TextView.of(text);
        Chronicle chronicle;
        try {
            chronicle = AnnalsParser.parse(view, new ParseOptions(start, regime, null), ChineseCalendar.builtIn());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<EntrySources> entries = ChronicleSources.of(Works.builtIn()).read(chronicle);
        SourceIndex index = SourceIndex.build(entries);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        spec.commandLine().getOut().println(json.writeValueAsString(new SourcesJson(json, text).index(index)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
