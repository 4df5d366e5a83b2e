package org.biannian.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.biannian.Biannian;
import org.biannian.library.Analysis;
import org.biannian.library.Library;

/**
 * The reader: the REST API ({@code /api/…}) and the static pages over every document of a library,
 * as stored, kept in memory one generation at a time (an ingest meanwhile is picked up whole). Read-only; binds where it is told (127.0.0.1 by
 * default in the command line).
 */
public final class ReaderServer implements AutoCloseable {

    /** Where the pages live on the class path. */
    static final String STATIC = "/org/biannian/web/static";
    /** Largest request accepted, in bytes: the API only reads query strings. */
    static final long MAX_REQUEST_BYTES = 16 * 1024;
    static final int MAX_HEADER_BYTES = 8 * 1024;

    /** How often the server looks for a newer generation of its library (an ingest by another program). */
    static final Duration POLL = Duration.ofSeconds(2);

    private final Javalin app;
    private final ExecutorService searches;
    private final Generations generations;
    private final ScheduledExecutorService poller;

    private ReaderServer(Javalin app, ExecutorService searches, Generations generations, ScheduledExecutorService poller) {
        this.app = app;
        this.searches = searches;
        this.generations = generations;
        this.poller = poller;
    }

    /**
     * Serves what {@code library} holds (its stored analysis) on {@code host}:{@code port} (0 for any
     * free port), switching to each newer generation an ingest commits. The library stays open for
     * search; the caller closes it after this server.
     */
    public static ReaderServer start(Biannian biannian, Library library, String host, int port) {
        Biannian reader = biannian.readerOf(library);
        return start(Generations.of(reader, library), reader, host, port, POLL);
    }

    /**
     * Serves {@code analyses}, which must be what {@code library} holds (the caller has just ingested
     * them), without reading the library again.
     */
    public static ReaderServer start(Biannian biannian, Library library, List<Analysis> analyses, String host, int port) {
        return start(Generations.of(biannian, library, analyses), biannian, host, port, POLL);
    }

    /** As {@link #start(Biannian, Library, String, int)}; {@code poll} null: only {@link #refresh} switches generations. */
    static ReaderServer start(Biannian biannian, Library library, String host, int port, Duration poll) {
        Biannian reader = biannian.readerOf(library);
        return start(Generations.of(reader, library), reader, host, port, poll);
    }

    private static ReaderServer start(Generations generations, Biannian biannian, String host, int port, Duration poll) {
        ExecutorService searches = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "biannian-search");
            t.setDaemon(true);
            return t;
        });
        Api api = new Api(biannian, searches);
        List<Route> routes = api.routes();
        Javalin app = Javalin.create(config -> {
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADER_BYTES));
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new ProblemErrorHandler()));
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(STATIC, Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.routes.before(ReaderServer::securityHeaders);
            for (Route route : routes) {
                // Each request reads one generation from start to end, held until it is answered.
                config.routes.get(route.path(), ctx -> {
                    try (Generation generation = generations.acquire()) {
                        generation.attach(ctx);
                        route.handler().handle(ctx);
                    }
                });
            }
            ObjectNode openApi = OpenApi.document(routes);
            config.routes.get("/api/openapi.json", ctx -> Json.write(ctx, openApi));
            config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) ->
                    problem(ctx, 500, "Internal error", "the reader failed on this request (please report it): " + e));
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && !String.valueOf(ctx.res().getContentType()).startsWith("application/problem+json")) {
                    problem(ctx, 404, "Not found", "no API route " + ctx.path() + "; see /api/openapi.json");
                }
            });
        });
        app.start();
        ScheduledExecutorService poller = null;
        if (poll != null) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "biannian-generations");
                t.setDaemon(true);
                return t;
            });
            poller.scheduleWithFixedDelay(() -> {
                try {
                    generations.refresh();
                } catch (RuntimeException e) {
                    // A library the server cannot read now (stale packs, a failed write) keeps the generation served.
                    System.err.println("biannian serve: keeping the generation served: " + e.getMessage());
                }
            }, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
        return new ReaderServer(app, searches, generations, poller);
    }

    /** The generations served (for tests that hold one across a switch). */
    Generations generations() {
        return generations;
    }

    /** Switches to the library's newest committed generation if its index and documents agree; whether it did. */
    public boolean refresh() {
        return generations.refresh();
    }

    /** The port bound (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    /** How many entries are served. */
    public int entries() {
        try (Generation g = generations.acquire()) {
            return g.model().entries().size();
        }
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
        app.stop();
        searches.shutdownNow();
        generations.close();
    }

    /** Pages load only their own scripts: whatever a chronicle contains never runs as code. */
    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
        ctx.header("Referrer-Policy", "no-referrer");
    }

    private static void problem(Context ctx, int status, String title, String detail) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("type", "about:blank").put("title", title)
                .put("status", status).put("detail", detail).put("instance", ctx.path());
        ctx.status(status);
        ctx.contentType("application/problem+json; charset=utf-8");
        Json.writeKeepingType(ctx, body);
    }
}
