package org.biannian.cli;

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
                ServeCommand.class,
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
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status, for tests and {@link #main}. */
    public static int run(String... args) {
        CommandLine line = new CommandLine(new Main());
        line.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_INPUT);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("biannian: internal error: " + e);
            return EXIT_INPUT;
        });
        return line.execute(args);
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
