package org.biannian.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
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
        ArrayNode list = node.putArray("entries");
        found.map(Corpus.Entity::entries).orElse(List.of()).forEach(ref -> list.add(ApiJson.summary(ref)));
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

    void works(Context ctx) {
        ReaderModel model = Generation.of(ctx).model();
        ObjectNode root = ApiJson.JSON.objectNode();
        ArrayNode works = root.putArray("works");
        model.works().forEach((title, refs) -> works.addObject().put("work", title).put("entries", refs.size()));
        ArrayNode docs = root.putArray("documents");
        model.sourceIndexes().forEach((key, index) -> {
            Analysis a = analysis(model, key);
            ObjectNode d = docs.addObject().put("document", key);
            d.set("sources", SourcesJson.index(a.chronicle().source(), index));
        });
        Json.write(ctx, root);
    }

    void work(Context ctx) {
        ReaderModel model = Generation.of(ctx).model();
        String title = ctx.pathParam("id");
        List<EntryRef> refs = model.works().get(title);
        if (refs == null) {
            throw ApiProblem.notFound("no entry cites a work 「" + title + "」");
        }
        ObjectNode node = ApiJson.JSON.objectNode().put("work", title);
        ArrayNode rows = node.putArray("rows");
        ArrayNode oppositions = node.putArray("oppositions");
        model.sourceIndexes().forEach((key, index) -> {
            Analysis a = analysis(model, key);
            for (SourceIndex.Row row : index.rows()) {
                if (row.work().equals(title)) {
                    ObjectNode r = rows.addObject().put("document", key).put("section", row.section()).put("citations", row.citations());
                    r.put("juan", row.juan());
                    ArrayNode ids = r.putArray("entries");
                    row.entries().forEach(i -> ids.add(a.entryId(i)));
                }
            }
            for (SourceIndex.Opposition p : index.oppositions()) {
                if (p.first().startsWith(title) || p.second().startsWith(title)) {
                    ObjectNode o = oppositions.addObject().put("document", key);
                    o.putArray("works").add(p.first()).add(p.second());
                    ArrayNode ns = o.putArray("notes");
                    for (SourceIndex.EntryNote n : p.notes()) {
                        ns.addObject().put("entry", a.entryId(n.entry())).put("kind", n.note().kind().name())
                                .put("verdict", n.note().verdict())
                                .put("text", a.chronicle().source().slice(n.note().span()));
                    }
                }
            }
        });
        ArrayNode entries = node.putArray("entries");
        refs.forEach(ref -> entries.add(ApiJson.summary(ref)));
        Json.write(ctx, node);
    }

    private static Analysis analysis(ReaderModel model, String key) {
        return model.analyses().stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
    }
}
