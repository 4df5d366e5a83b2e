package org.biannian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.biannian.Biannian;
import org.biannian.authority.PackFormatException;
import org.biannian.library.Library;
import org.biannian.library.LibraryException;
import org.biannian.web.ReaderServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code biannian serve}: the web reader over a library, or over the bundled sample when no
 * library is given (ingested into a temporary folder, deleted on exit, so that search works).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web reader and REST API (read-only) over a library, or the bundled sample.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--library", paramLabel = "DIR", description = "the library folder to serve (default: the bundled sample)")
    Path library;

    @Option(names = "--port", defaultValue = "7070", description = "port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default: ${DEFAULT-VALUE}, this machine only)")
    String host;

    @Option(names = "--allow-host", paramLabel = "NAME", description = "also answer requests addressed to this host name"
            + " (repeatable); by default only 127.0.0.1, localhost, [::1] and --host are answered, against DNS rebinding")
    List<String> allowHosts = new java.util.ArrayList<>();

    @Mixin
    AuthorityOption authority;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            return Main.usageError(spec, "--port must be 0..65535, got " + port);
        }
        Integer missing = library == null ? null : LibraryOption.missing(spec, library);
        if (missing != null) {
            return missing;
        }
        long started = System.nanoTime();
        Biannian biannian;
        try {
            biannian = authority.biannian();
        } catch (PackFormatException e) {
            return Main.inputError(spec, e.getMessage());
        }
        // An address that is no address (999.1.1.1, a misspelt name) is said as such before anything is loaded.
        try {
            java.net.InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            return Main.inputError(spec, "cannot serve on " + host + ":" + port + ": " + host
                    + " is neither an IP address nor a host name this machine knows (try 127.0.0.1 or 0.0.0.0)");
        }
        Path folder = library;
        Path temporary = null;
        try {
            if (folder == null) {
                temporary = Files.createTempDirectory("biannian-sample-");
                folder = temporary;
            }
        } catch (IOException e) {
            return Main.inputError(spec, "cannot create a temporary library: " + e.getMessage());
        }
        Path toDelete = temporary;
        Library lib;
        ReaderServer server;
        try {
            lib = biannian.openLibrary(folder);
            if (toDelete != null) {
                // The sample is analysed once: ingested for search, and served as it is.
                server = ReaderServer.start(biannian, lib, List.of(biannian.ingestSample(lib)), host, port, allowHosts);
            } else {
                server = ReaderServer.startAllowing(biannian, lib, host, port, allowHosts);
            }
        } catch (LibraryException e) {
            deleteTree(toDelete);
            return Main.inputError(spec, e.getMessage());
        } catch (RuntimeException e) {
            deleteTree(toDelete);
            // Jetty reports a port in use as an exception wrapping a BindException.
            return Main.inputError(spec, "cannot serve on " + host + ":" + port + ": " + rootMessage(e));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Library opened = lib;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            opened.close();
            deleteTree(toDelete);
            stopped.countDown();
        }, "biannian-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        String shown = host.contains(":") ? "[" + host + "]" : host;
        out.printf("Biannian reader: %d entries from %s, ready in %d ms at http://%s:%d/ (Ctrl-C to stop)%n",
                server.entries(), library == null ? "the bundled sample" : library, (System.nanoTime() - started) / 1_000_000,
                shown, server.port());
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof java.nio.channels.UnresolvedAddressException) {
            return "the address cannot be resolved";
        }
        // Never a bare class name: say what kind of failure it was in words.
        return t.getMessage() == null ? "the network refused it (" + t.getClass().getSimpleName() + ")" : t.getMessage();
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
