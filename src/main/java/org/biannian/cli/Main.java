package org.biannian.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./biannian}. */
@Command(name = "biannian",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns classical Chinese annals (編年) into dated, linked, searchable records.",
        subcommands = {
                ParseCommand.class,
                DateCommand.class,
                AnnotateCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                ExportCommand.class,
                ServeCommand.class,
                SourcesCommand.class,
                ParallelsCommand.class,
                CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /** Exit status for input errors: unreadable file, unreadable expression. */
    static final int EXIT_INPUT = 1;
    /** Exit status for usage errors: unknown option, missing argument. */
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given streams and returns its exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new Main());
        line.setOut(out);
        line.setErr(err);
        line.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_INPUT);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // A bug, not bad input: say so plainly, without a stack trace on the user's terminal.
            cmd.getErr().println("biannian: internal error (please report it): " + e);
            return EXIT_INPUT;
        });
        try {
            return line.execute(args);
        } catch (OutOfMemoryError e) {
            // The input caps (--max-size) should prevent this; if the heap runs out anyway, say so plainly.
            err.println("biannian: out of memory (Java heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB): give Java more"
                    + " with BIANNIAN_JAVA_OPTS=-Xmx…, or a smaller input (--max-size)");
            err.flush();
            return EXIT_INPUT;
        }
    }

    /** Reports an input error on stderr and returns its exit status. */
    static int inputError(CommandLine.Model.CommandSpec spec, String message) {
        spec.commandLine().getErr().println("biannian: " + message);
        return EXIT_INPUT;
    }

    /** Reports a usage error on stderr and returns its exit status. */
    static int usageError(CommandLine.Model.CommandSpec spec, String message) {
        spec.commandLine().getErr().println("biannian: " + message);
        return EXIT_USAGE;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see --help)");
    }

    /** Reads the version from the jar manifest, or says it is a development build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"biannian " + (v == null ? "(development build)" : v)};
        }
    }
}
