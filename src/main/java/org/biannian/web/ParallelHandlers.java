package org.biannian.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.biannian.Biannian;
import org.biannian.annals.Entry;
import org.biannian.export.ParallelJson;
import org.biannian.library.Analysis;
import org.biannian.library.Corpus.EntryRef;
import org.biannian.parallels.Parallel;
import org.biannian.parallels.SourceLibrary;

/**
 * {@code /api/entries/{id}/parallels}: the passages of the served documents that tell an entry's event, as
 * {@code biannian parallels} gives them: as the library stored them at ingest. For a library older than
 * stored parallels, the sources of a generation are indexed on its first request and each document's
 * parallels found once, then kept until the served generation changes.
 */
final class ParallelHandlers {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What one generation's requests share: its sources indexed, and the parallels found so far by document. */
    private record Found(long generation, SourceLibrary sources, Map<String, List<Parallel>> byDocument) {
    }

    private final Biannian biannian;
    private volatile Found found;

    ParallelHandlers(Biannian biannian) {
        this.biannian = biannian;
    }

    void parallels(Context ctx) {
        Generation generation = Generation.of(ctx);
        ReaderModel model = generation.model();
        String id = ctx.pathParam("id");
        EntryRef ref = model.entry(id).orElseThrow(() -> ApiProblem.notFound("no entry 「" + id + "」"));
        // What the library stored at ingest; a library ingested before parallels were stored has none: find them now.
        List<Parallel> all = generation.parallels();
        if (all.isEmpty()) {
            Found f = foundFor(generation);
            all = f.byDocument().computeIfAbsent(ref.analysis().key(), k -> biannian.parallels(ref.analysis(), f.sources()));
        }
        ObjectNode root = ApiJson.JSON.objectNode();
        root.put("entry", id);
        ArrayNode list = root.putArray("parallels");
        for (Parallel p : all) {
            if (p.entry().equals(id)) {
                ObjectNode node = MAPPER.valueToTree(ParallelJson.of(p));
                node.put("sourceEntry", sourceEntry(model, p));
                list.add(node);
            }
        }
        root.put("total", list.size());
        Json.write(ctx, root);
    }

    private Found foundFor(Generation generation) {
        Found f = found;
        if (f == null || f.generation() != generation.number()) {
            synchronized (this) {
                f = found;
                if (f == null || f.generation() != generation.number()) {
                    f = new Found(generation.number(), biannian.parallelSources(generation.model().analyses()), new ConcurrentHashMap<>());
                    found = f;
                }
            }
        }
        return f;
    }

    /** The id of the source document's entry that holds the start of the passage's aligned core (a link into the source), or null. */
    private static String sourceEntry(ReaderModel model, Parallel p) {
        for (Analysis a : model.analyses()) {
            if (!a.key().equals(p.document())) {
                continue;
            }
            for (Entry e : a.chronicle().entries()) {
                if (e.span().start() <= p.core().start() && p.core().start() < e.span().end()) {
                    return a.entryId(e.index());
                }
            }
            // Before the first entry or between entries: the entry after it.
            for (Entry e : a.chronicle().entries()) {
                if (e.span().start() >= p.core().start()) {
                    return a.entryId(e.index());
                }
            }
        }
        return null;
    }
}
