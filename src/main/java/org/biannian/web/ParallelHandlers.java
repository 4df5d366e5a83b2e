package org.biannian.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.biannian.Biannian;
import org.biannian.export.ParallelJson;
import org.biannian.library.Corpus.EntryRef;
import org.biannian.parallels.Parallel;
import org.biannian.parallels.SourceLibrary;

/**
 * {@code /api/entries/{id}/parallels}: the passages of the served documents that tell an entry's event, as
 * {@code biannian parallels} gives them. The sources are indexed on the first request and each document's
 * parallels found once, then kept: the served documents do not change while the server runs.
 */
final class ParallelHandlers {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Biannian biannian;
    /** The generation the caches below were made for: a newer one (an ingest) empties them. */
    private ReaderModel model;
    private Map<String, List<Parallel>> byDocument = new ConcurrentHashMap<>();
    private SourceLibrary sources;

    ParallelHandlers(Biannian biannian) {
        this.biannian = biannian;
    }

    void parallels(Context ctx) {
        ReaderModel served = Generation.of(ctx).model();
        String id = ctx.pathParam("id");
        EntryRef ref = served.entry(id).orElseThrow(() -> ApiProblem.notFound("no entry 「" + id + "」"));
        List<Parallel> all = cache(served).computeIfAbsent(ref.analysis().key(), k -> biannian.parallels(ref.analysis(), sources(served)));
        ObjectNode root = ApiJson.JSON.objectNode();
        root.put("entry", id);
        ArrayNode list = root.putArray("parallels");
        for (Parallel p : all) {
            if (p.entry().equals(id)) {
                list.add(MAPPER.valueToTree(ParallelJson.of(p)));
            }
        }
        root.put("total", list.size());
        Json.write(ctx, root);
    }

    private synchronized Map<String, List<Parallel>> cache(ReaderModel served) {
        if (served != model) {
            model = served;
            byDocument = new ConcurrentHashMap<>();
            sources = null;
        }
        return byDocument;
    }

    private synchronized SourceLibrary sources(ReaderModel served) {
        if (sources == null || served != model) {
            sources = biannian.parallelSources(served.analyses());
        }
        return sources;
    }
}
