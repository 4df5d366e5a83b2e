package org.biannian.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.biannian.Biannian;
import org.biannian.authority.AuthorityRecord;
import org.biannian.authority.Name;
import org.biannian.calendar.Resolution;
import org.biannian.export.ChronicleJson;
import org.biannian.library.Corpus;
import org.biannian.library.Corpus.EntryRef;

/** JSON pieces shared by the handlers: an entry in full, an entry's summary line, an authority record, a page head. */
final class ApiJson {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ApiJson() {
    }

    /** The entry as {@code parse} writes it, with {@code display}: its Chinese date label and runs for the page. */
    static ObjectNode entry(EntryRef ref) {
        ObjectNode node = ChronicleJson.entry(ref.analysis(), ref.entry());
        node.set("display", EntryDisplay.of(ref.analysis(), ref.entry()));
        return node;
    }

    /** A line for lists: id, date in both forms, precision and headline. */
    static ObjectNode summary(EntryRef ref) {
        ObjectNode s = JSON.objectNode();
        s.put("id", ref.id());
        s.put("document", ref.analysis().key());
        s.put("index", ref.entry().index());
        s.put("label", EntryDisplay.label(ref.entry()));
        s.put("regime", ref.entry().year().regime());
        Resolution r = ReaderModel.resolution(ref);
        if (r != null) {
            s.put("firstJdn", r.firstJdn()).put("lastJdn", r.lastJdn()).put("julian", r.julian())
                    .put("lastJulian", r.lastJulian()).put("precision", r.precision().name());
        } else {
            s.put("precision", "NONE");
        }
        s.put("headline", ref.analysis().chronicle().view().viewSlice(ref.entry().headline()));
        return s;
    }

    /** An authority record, with the canonical names of its polity and parent. */
    static ObjectNode record(AuthorityRecord r, Biannian biannian, ReaderModel model) {
        ObjectNode node = JSON.objectNode();
        node.put("kind", r.kind().name());
        node.put("canonical", r.canonical());
        ArrayNode names = node.putArray("names");
        for (Name n : r.names()) {
            ObjectNode x = names.addObject().put("text", n.text()).put("kind", n.kind());
            x.put("firstYear", n.firstYear() == 0 ? null : n.firstYear());
            x.put("lastYear", n.lastYear() == 0 ? null : n.lastYear());
            x.put("source", n.source().isEmpty() ? null : n.source());
        }
        node.put("subtype", r.subtype().isEmpty() ? null : r.subtype());
        node.put("polity", r.polity().isEmpty() ? null : r.polity());
        node.put("polityName", r.polity().isEmpty() ? null : canonical(r.polity(), biannian, model));
        node.put("parent", r.parent().isEmpty() ? null : r.parent());
        node.put("parentName", r.parent().isEmpty() ? null : canonical(r.parent(), biannian, model));
        node.put("firstYear", r.firstYear() == 0 ? null : r.firstYear());
        node.put("lastYear", r.lastYear() == 0 ? null : r.lastYear());
        node.put("externalId", r.externalId().isEmpty() ? null : r.externalId());
        r.location().ifPresent(c -> node.putObject("coordinates").put("latitude", c.latitude()).put("longitude", c.longitude())
                .put("precision", c.precision()).put("source", c.source()));
        node.put("note", r.note().isEmpty() ? null : r.note());
        return node;
    }

    /** The canonical name of entity {@code id}: the authority's, else the corpus's, else the id. */
    static String canonical(String id, Biannian biannian, ReaderModel model) {
        return biannian.authority().find(id).map(AuthorityRecord::canonical)
                .orElseGet(() -> model.corpus().entity(id).map(Corpus.Entity::canonical).orElse(id));
    }

    /** The head of a page of {@code total} results: total, offset and limit as asked. */
    static ObjectNode page(long total, Context ctx) {
        return JSON.objectNode().put("total", total)
                .put("offset", Requests.offset(ctx))
                .put("limit", Requests.integer(ctx, "limit", Api.DEFAULT_LIMIT, 1, Api.MAX_LIMIT));
    }
}
