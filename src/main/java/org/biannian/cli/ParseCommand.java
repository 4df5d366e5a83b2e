package org.biannian.cli;

import picocli.CommandLine.Command;

/** {@code biannian parse FILE}: the chronicle's entries as JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Parse a chronicle into dated entries (JSON on stdout).")
final class ParseCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("not yet");
    }
}
