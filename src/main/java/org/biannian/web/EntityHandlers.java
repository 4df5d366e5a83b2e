package org.biannian.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.biannian.Biannian;
import org.biannian.annotate.MentionType;
import org.biannian.authority.AuthorityRecord;
import org.biannian.library.Analysis;
import org.biannian.library.Corpus;
import org.biannian.library.Corpus.EntryRef;
import org.biannian.sources.SourceIndex;
import org.biannian.export.SourcesJson;

/** {@code /api/persons/{id}}, {@code /api/places/{id}}, {@code /api/entities/{id}}, {@code /api/works} and {@code /api/works/{id}}. */
final class EntityHandlers {

    private final Biannian biannian;

    EntityHandlers(Biannian biannian) {
        this.biannian = biannian;
    }

    /** An entity of {@code type} (any type when null): record, forms, roles, entries, related persons. */
    void entity(Context ctx, MentionType type) {
        ReaderModel model = Generation.of(ctx).model();
        String id = ctx.pathParam("id");
        Optional<Corpus.Entity> found = model.corpus().entity(id).filter(u -> type == null || u.type() == type);
        Optional<AuthorityRecord> record = biannian.authority().find(id);
        if (found.isEmpty() && (record.isEmpty() || type != null && MentionType.of(record.get().kind()) != type)) {
            throw ApiProblem.notFound("no " + (type == null ? "entity" : type == MentionType.PER ? "person" : "place")
                    + " 「" + id + "」 is mentioned in the chronicles served");
        }
        ObjectNode node = ApiJson.JSON.objectNode();
        node.put("id", id);
        node.put("type", found.map(u -> u.type().name()).orElseGet(() -> MentionType.of(record.get().kind()).name()));
        node.put("canonical", record.map(AuthorityRecord::canonical).orElseGet(() -> found.get().canonical()));
        record.ifPresent(r -> node.set("record", ApiJson.record(r, biannian, model)));
        node.put("mentions", found.map(Corpus.Entity::mentions).orElse(0));
        ObjectNode forms = node.putObject("forms");
        model.forms(id).forEach(forms::put);
        ObjectNode roles = node.putObject("roles");
        model.roles(id).forEach(roles::put);
        List<EntryRef> entries = found.map(Corpus.Entity::entries).orElse(List.of());
        ArrayNode list = entriesPage(ctx, node, entries);
        page(ctx, entries).forEach(ref -> list.add(ApiJson.summary(ref)));
        if (found.isPresent() && found.get().type() == MentionType.PER) {
            ArrayNode related = node.putArray("related");
            for (Corpus.Edge e : model.personEdges()) {
                String other = e.source().equals(id) ? e.target() : e.target().equals(id) ? e.source() : null;
                if (other != null && related.size() < 30) {
                    related.addObject().put("id", other).put("canonical", ApiJson.canonical(other, biannian, model))
                            .put("weight", e.weight());
                }
            }
        }
        Json.write(ctx, node);
    }

    /**
     * The works cited, paged; the documents, each with its source index only when asked for by
     * {@code document} (one index can be as large as its chronicle, all of them together far larger).
     */
    void works(Context ctx) {
        ReaderModel model = Generation.of(ctx).model();
        String only = Requests.blankToNull(ctx.queryParam("document"));
        if (only != null && !model.sourceIndexes().containsKey(only)) {
            throw ApiProblem.notFound("no document 「" + only + "」");
        }
        List<Map.Entry<String, List<EntryRef>>> all = List.copyOf(model.works().entrySet());
        ObjectNode root = ApiJson.JSON.objectNode().put("total", all.size());
        ArrayNode works = pageHead(ctx, root).putArray("works");
        page(ctx, all).forEach(w -> works.addObject().put("work", w.getKey()).put("entries", w.getValue().size()));
        ArrayNode docs = root.putArray("documents");
        model.sourceIndexes().forEach((key, index) -> {
            if (only == null || only.equals(key)) {
                ObjectNode d = docs.addObject().put("document", key);
                if (only != null) {
                    d.set("sources", SourcesJson.index(analysis(model, key).chronicle().source(), index));
                }
            }
        });
        Json.write(ctx, root);
    }

    /**
     * One work, by the id a WORK mention carries ({@code work:宋史·夏國傳}, {@code local:work:…}) or
     * by canonical title. A section opens its work's page with the section named; a work the
     * authority knows but no entry cites, or a title only mentioned, still has its page.
     */
    void work(Context ctx) {
        ReaderModel model = Generation.of(ctx).model();
        String asked = ctx.pathParam("id");
        String cited = asked.startsWith("local:work:") ? asked.substring("local:work:".length())
                : asked.startsWith("work:") ? asked.substring("work:".length()) : asked;
        String section = null;
        if (!model.works().containsKey(cited) && cited.contains("·")) {
            section = cited.substring(cited.indexOf('·') + 1);
            cited = cited.substring(0, cited.indexOf('·'));
        }
        Optional<org.biannian.sources.Work> known = org.biannian.sources.Works.builtIn().byTitle(cited).stream().findFirst();
        String title = known.map(org.biannian.sources.Work::title).orElse(cited);
        List<EntryRef> refs = model.works().getOrDefault(title, List.of());
        Optional<Corpus.Entity> mentioned = model.corpus().entity(asked).filter(e -> e.type() == MentionType.WORK)
                .or(() -> model.corpus().entity(org.biannian.authority.WorksFile.id(title)));
        if (refs.isEmpty() && known.isEmpty() && mentioned.isEmpty()) {
            throw ApiProblem.notFound("no entry cites or names a work 「" + asked + "」, and the works authority does not know it");
        }
        ObjectNode node = ApiJson.JSON.objectNode().put("work", title);
        node.put("id", org.biannian.authority.WorksFile.id(title));
        node.put("section", section);
        node.put("known", known.isPresent());
        known.ifPresent(w -> {
            node.put("kind", w.kind()).put("date", w.date().isEmpty() ? null : w.date());
            ArrayNode authors = node.putArray("authors");
            w.authors().forEach(authors::add);
            ArrayNode shortForms = node.putArray("shortForms");
            w.shortForms().forEach(shortForms::add);
        });
        ArrayNode mentionedIn = node.putArray("mentionedIn");
        mentioned.ifPresent(e -> e.entries().forEach(ref -> mentionedIn.add(ApiJson.summary(ref))));
        // Rows and oppositions of every document, paged by the same offset and limit as the entries.
        List<Map.Entry<Analysis, SourceIndex.Row>> allRows = new java.util.ArrayList<>();
        List<Map.Entry<Analysis, SourceIndex.Opposition>> allOppositions = new java.util.ArrayList<>();
        model.sourceIndexes().forEach((key, index) -> {
            Analysis a = analysis(model, key);
            index.rows().stream().filter(row -> row.work().equals(title)).forEach(row -> allRows.add(Map.entry(a, row)));
            index.oppositions().stream().filter(p -> p.first().startsWith(title) || p.second().startsWith(title))
                    .forEach(p -> allOppositions.add(Map.entry(a, p)));
        });
        node.put("rowsTotal", allRows.size());
        ArrayNode rows = node.putArray("rows");
        for (Map.Entry<Analysis, SourceIndex.Row> e : page(ctx, allRows)) {
            Analysis a = e.getKey();
            SourceIndex.Row row = e.getValue();
            ObjectNode r = rows.addObject().put("document", a.key()).put("section", row.section()).put("citations", row.citations());
            r.put("juan", row.juan());
            ArrayNode ids = r.putArray("entries");
            row.entries().forEach(i -> ids.add(a.entryId(i)));
        }
        node.put("oppositionsTotal", allOppositions.size());
        ArrayNode oppositions = node.putArray("oppositions");
        for (Map.Entry<Analysis, SourceIndex.Opposition> e : page(ctx, allOppositions)) {
            Analysis a = e.getKey();
            SourceIndex.Opposition p = e.getValue();
            ObjectNode o = oppositions.addObject().put("document", a.key());
            o.putArray("works").add(p.first()).add(p.second());
            ArrayNode ns = o.putArray("notes");
            for (SourceIndex.EntryNote n : p.notes()) {
                ns.addObject().put("entry", a.entryId(n.entry())).put("kind", n.note().kind().name())
                        .put("verdict", n.note().verdict())
                        .put("text", a.chronicle().source().slice(n.note().span()));
            }
        }
        ArrayNode entries = entriesPage(ctx, node, refs);
        page(ctx, refs).forEach(ref -> entries.add(ApiJson.summary(ref)));
        Json.write(ctx, node);
    }

    /** {@code entriesTotal}, {@code offset} and {@code limit} on {@code node}, and its empty {@code entries} array. */
    private static ArrayNode entriesPage(Context ctx, ObjectNode node, List<EntryRef> all) {
        node.put("entriesTotal", all.size());
        return pageHead(ctx, node).putArray("entries");
    }

    private static ObjectNode pageHead(Context ctx, ObjectNode node) {
        return node.put("offset", Requests.offset(ctx)).put("limit", limit(ctx));
    }

    /** Entity lists are paged by {@code offset} and {@code limit} (default and maximum {@value Api#MAX_LIMIT}). */
    private static int limit(Context ctx) {
        return Requests.integer(ctx, "limit", Api.MAX_LIMIT, 1, Api.MAX_LIMIT);
    }

    private static <T> List<T> page(Context ctx, List<T> all) {
        long offset = Requests.offset(ctx);
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList((int) offset, (int) Math.min(all.size(), offset + limit(ctx)));
    }

    private static Analysis analysis(ReaderModel model, String key) {
        return model.analyses().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
    }
}
