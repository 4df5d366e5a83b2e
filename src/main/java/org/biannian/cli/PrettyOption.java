package org.biannian.cli;

import picocli.CommandLine.Option;

/** {@code --pretty} / {@code --no-pretty}: indented JSON; by default only on a terminal. */
final class PrettyOption {

    @Option(names = "--pretty", negatable = true, description = "indent the JSON (default: on a terminal)")
    Boolean pretty;

    boolean isPretty() {
        return pretty != null ? pretty : Output.isTerminal();
    }
}
