package org.biannian.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.biannian.Biannian;
import org.biannian.library.Analysis;
import org.biannian.library.Library;
import org.biannian.sources.SourceIndex;

/**
 * The reader: the REST API ({@code /api/…}) and the static pages over every document of a library,
 * analysed once at start and kept in memory. Read-only; binds where it is told (127.0.0.1 by
 * default in the command line).
 */
public final class ReaderServer implements AutoCloseable {

    /** Where the pages live on the class path. */
    static final String STATIC = "/org/biannian/web/static";
    /** Largest request accepted, in bytes: the API only reads query strings. */
    static final long MAX_REQUEST_BYTES = 16 * 1024;
    static final int MAX_HEADER_BYTES = 8 * 1024;

    private final Javalin app;
    private final ExecutorService searches;
    private final ReaderModel model;

    private ReaderServer(Javalin app, ExecutorService searches, ReaderModel model) {
        this.app = app;
        this.searches = searches;
        this.model = model;
    }

    /**
     * Reads what {@code library} holds (as its rows were written), then serves it on {@code host}:{@code port}
     * (0 for any free port). The library stays open for search; the caller closes it after this server.
     */
    public static ReaderServer start(Biannian biannian, Library library, String host, int port) {
        return start(biannian, library, biannian.stored(library), host, port);
    }

    /**
     * Serves {@code analyses}, which must be what {@code library} holds (the caller has just ingested
     * them), without analysing the library again.
     */
    public static ReaderServer start(Biannian biannian, Library library, List<Analysis> analyses, String host, int port) {
        ReaderModel model = ReaderModel.of(analyses, biannian.authority(), a -> SourceIndex.build(a.sources()));
        ExecutorService searches = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "biannian-search");
            t.setDaemon(true);
            return t;
        });
        Api api = new Api(biannian, model, library, searches);
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
                config.routes.get(route.path(), route.handler());
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
        return new ReaderServer(app, searches, model);
    }

    /** The port bound (useful when started on port 0). */
    public int port() {
        return app.port();
    }

    /** How many entries are served. */
    public int entries() {
        return model.entries().size();
    }

    @Override
    public void close() {
        app.stop();
        searches.shutdownNow();
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
