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
    private final ReaderModel model;
    private final Map<String, List<Parallel>> byDocument = new ConcurrentHashMap<>();
    private volatile SourceLibrary sources;

    ParallelHandlers(Biannian biannian, ReaderModel model) {
        this.biannian = biannian;
        this.model = model;
    }

    void parallels(Context ctx) {
        String id = ctx.pathParam("id");
        EntryRef ref = model.entry(id).orElseThrow(() -> ApiProblem.notFound("no entry 「" + id + "」"));
        List<Parallel> all = byDocument.computeIfAbsent(ref.analysis().key(), k -> biannian.parallels(ref.analysis(), sources()));
        ObjectNode root = ApiJson.JSON.objectNode();
        root.put("entry", id);
        ArrayNode list = root.putArray("parallels");
        for (Parallel p : all) {
            if (p.entry().equals(id)) {
                ObjectNode node = MAPPER.valueToTree(ParallelJson.of(p));
                node.put("sourceEntry", sourceEntry(p));
                list.add(node);
            }
        }
        root.put("total", list.size());
        Json.write(ctx, root);
    }

    /** The id of the source document's entry that holds the start of the passage's aligned core (a link into the source), or null. */
    private String sourceEntry(Parallel p) {
        for (org.biannian.library.Analysis a : model.analyses()) {
            if (a.key().equals(p.document())) {
                for (org.biannian.annals.Entry e : a.chronicle().entries()) {
                    if (e.span().start() <= p.core().start() && p.core().start() < e.span().end()) {
                        return a.entryId(e.index());
                    }
                }
                // Before the first entry or between entries: the entry after it.
                for (org.biannian.annals.Entry e : a.chronicle().entries()) {
                    if (e.span().start() >= p.core().start()) {
                        return a.entryId(e.index());
                    }
                }
            }
        }
        return null;
    }

    private SourceLibrary sources() {
        SourceLibrary s = sources;
        if (s == null) {
            synchronized (this) {
                s = sources;
                if (s == null) {
                    s = biannian.parallelSources(model.analyses());
                    sources = s;
                }
            }
        }
        return s;
    }
}
