package org.biannian.cli;

import picocli.CommandLine.Command;

/** {@code biannian serve}: the reader for a library, or the bundled sample. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the reader (no library: the bundled sample chronicle).")
final class ServeCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("not yet");
    }
}
