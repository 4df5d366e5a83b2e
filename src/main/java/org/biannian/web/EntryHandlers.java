package org.biannian.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.BiConsumer;
import org.biannian.annals.Entry;
import org.biannian.calendar.ChineseLabels;
import org.biannian.library.Analysis;
import org.biannian.library.Corpus.EntryRef;
import org.biannian.library.SearchHit;
import org.biannian.library.SearchResults;

/** {@code /api/documents}, {@code /api/entries}, {@code /api/entries/{id}} and {@code /api/search}. */
final class EntryHandlers {

    private final Requests requests;
    private final LibrarySearch search;

    EntryHandlers(Requests requests, LibrarySearch search) {
        this.requests = requests;
        this.search = search;
    }

    void documents(Context ctx) {
        ReaderModel model = Generation.of(ctx).model();
        ObjectNode root = ApiJson.JSON.objectNode();
        ArrayNode docs = root.putArray("documents");
        for (Analysis a : model.analyses()) {
            ObjectNode d = docs.addObject();
            d.put("key", a.key());
            d.put("name", a.chronicle().source().name());
            d.put("style", a.chronicle().style().name());
            d.put("entries", a.chronicle().entries().size());
            ArrayNode years = d.putArray("years");
            Integer last = null;
            for (Entry e : a.chronicle().entries()) {
                Integer y = e.year().julianYear();
                if (y != null && !y.equals(last)) {
                    years.addObject().put("julianYear", y).put("label", e.year().era() == null ? String.valueOf(y)
                            : e.year().era() + ChineseLabels.year(e.year().eraYear()))
                            .put("first", a.entryId(e.index()));
                    last = y;
                }
            }
        }
        root.put("total", model.entries().size());
        Json.write(ctx, root);
    }

    void entries(Context ctx) {
        ReaderModel model = Generation.of(ctx).model();
        searchPage(ctx, "entries", (hit, out) -> model.entry(hit.id()).ifPresent(ref -> out.add(ApiJson.entry(ref))));
    }

    void entry(Context ctx) {
        ReaderModel model = Generation.of(ctx).model();
        String id = ctx.pathParam("id");
        EntryRef ref = model.entry(id).orElseThrow(() -> ApiProblem.notFound("no entry 「" + id + "」"));
        ObjectNode node = ApiJson.entry(ref);
        List<Entry> siblings = ref.analysis().chronicle().entries();
        int i = ref.entry().index();
        node.put("previous", i > 1 ? ref.analysis().entryId(i - 1) : null);
        node.put("next", i < siblings.size() ? ref.analysis().entryId(i + 1) : null);
        Json.write(ctx, node);
    }

    void search(Context ctx) {
        ReaderModel model = Generation.of(ctx).model();
        searchPage(ctx, "results", (hit, out) -> {
            ObjectNode h = out.addObject();
            h.put("id", hit.id());
            h.put("document", hit.document());
            h.put("index", hit.index());
            h.put("score", hit.score());
            h.put("snippet", hit.snippet());
            ArrayNode highlights = h.putArray("highlights");
            hit.highlights().forEach(r -> highlights.addArray().add(r[0]).add(r[1]));
            model.entry(hit.id()).ifPresent(ref -> h.setAll(ApiJson.summary(ref)));
        });
    }

    /** A page of the library's search for this request, each hit written into {@code field} by {@code write}. */
    private void searchPage(Context ctx, String field, BiConsumer<SearchHit, ArrayNode> write) {
        SearchResults results = search.run(Generation.of(ctx), requests.query(ctx));
        ObjectNode root = ApiJson.page(results.total(), ctx);
        ArrayNode out = root.putArray(field);
        results.hits().forEach(hit -> write.accept(hit, out));
        Json.write(ctx, root);
    }
}
