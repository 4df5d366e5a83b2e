package org.biannian.cli;

import java.nio.file.Path;
import org.biannian.Biannian;
import org.biannian.authority.PackFormatException;
import org.biannian.library.Analysis;
import org.biannian.annals.YearNotInEraException;
import org.biannian.text.Diagnostic;
import org.biannian.text.InputException;
import org.biannian.text.TextReader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;

/** The FILE a command reads, and how to read it: {@code --start}, {@code --regime}, {@code --style}, {@code --authority}. */
final class ChronicleInput {

    /** A command stops with this exit status; the message has been written to stderr. */
    static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Stop(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 text, or a Wikisource .wiki file")
    Path file;

    @Mixin
    ChronicleOptions chronicle;

    @Mixin
    AuthorityOption authority;

    /**
     * Reads and analyses FILE through the whole pipeline.
     *
     * @throws Stop with status 1 for unreadable input or a malformed pack, 2 for options the calendar does not know
     */
    Analysis analyse(CommandSpec spec) throws Stop {
        try {
            Biannian biannian = authority.biannian();
            Analysis analysis = biannian.analyse(Biannian.documentKey(file), TextReader.read(file, chronicle.maxBytes()), chronicle.toParseOptions());
            checkYears(spec, file, analysis);
            return analysis;
        } catch (YearNotInEraException e) {
            throw new Stop(Main.inputError(spec, e.getMessage()));
        } catch (PackFormatException | InputException e) {
            throw new Stop(Main.inputError(spec, e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new Stop(Main.usageError(spec, e.getMessage()));
        }
    }

    /**
     * A year heading that never was (淳化九年) stops the command; years that cannot be known without
     * {@code --start} are a warning on stderr, not a silent {@code julianYear: null}.
     *
     * @throws Stop with status 1 for a year that never was
     */
    static void checkYears(CommandSpec spec, Path file, Analysis analysis) throws Stop {
        for (Diagnostic d : analysis.chronicle().diagnostics()) {
            if (d.code().equals("YEAR_NOT_IN_ERA")) {
                // Counted on into another era's year, every entry below would be misdated: the reading is in doubt.
                throw new Stop(Main.inputError(spec, file + ":" + d.position() + ": " + d.message()));
            }
            if (d.code().equals("YEARS_UNKNOWN")) {
                spec.commandLine().getErr().println("biannian: warning: " + file + ": " + d.message());
            }
        }
    }

    /** What a command does with the analysis; returns the exit status. */
    @FunctionalInterface
    interface Use {
        int with(Analysis analysis);
    }

    /**
     * Analyses FILE and hands it to {@code use}; returns its exit status, or the input or usage
     * error's. With {@code needEntries}, a text without entries is an input error.
     */
    int run(CommandSpec spec, boolean needEntries, Use use) {
        try {
            return use.with(needEntries ? analyseChronicle(spec) : analyse(spec));
        } catch (Stop stop) {
            return stop.status;
        }
    }

    /** Like {@link #analyse}, and a text without entries is an input error. */
    Analysis analyseChronicle(CommandSpec spec) throws Stop {
        Analysis analysis = analyse(spec);
        if (analysis.chronicle().entries().isEmpty()) {
            int length = analysis.chronicle().source().length();
            throw new Stop(Main.inputError(spec, file + ": no chronicle entries found (the text has no dated headlines or "
                    + "statements; is it a chronicle? " + (length == 0 ? "the file is empty" : length + " characters read") + ")"));
        }
        return analysis;
    }
}
