package org.biannian.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.biannian.Biannian;
import org.biannian.annals.Chronicle;
import org.biannian.annals.Entry;
import org.biannian.annals.ParseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code biannian serve}: the reader. Until the web reader lands (issue 7) it prints what
 * Biannian understood of the bundled sample chronicle.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Show the bundled sample chronicle (the web reader comes with issue 7).")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Biannian biannian = Biannian.create();
        Chronicle chronicle = biannian.parse(biannian.sample(), new ParseOptions(Biannian.SAMPLE_START, null, null));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d entries, %d citation blocks, %d notes (read as %s from %s)%n",
                chronicle.source().name(), chronicle.entries().size(),
                chronicle.entries().stream().mapToInt(e -> e.citationBlocks().size()).sum(),
                chronicle.entries().stream().mapToInt(e -> e.notes().size()).sum(),
                chronicle.style(), Biannian.SAMPLE_START);
        for (Entry e : chronicle.entries()) {
            String headline = chronicle.view().viewSlice(e.headline());
            out.printf("%3d  %d %s%s年 %s  %s%n", e.index(), e.year().julianYear(), e.year().era(), e.year().eraYear(),
                    e.date().month() == 0 ? "是歲" : (e.date().leap() ? "閏" : "") + e.date().month() + "月",
                    headline.length() > 40 ? headline.substring(0, 40) + "…" : headline);
        }
        out.flush();
        return 0;
    }
}
