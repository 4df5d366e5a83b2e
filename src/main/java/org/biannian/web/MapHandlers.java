package org.biannian.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.biannian.Biannian;
import org.biannian.annotate.MentionType;
import org.biannian.calendar.Resolution;
import org.biannian.export.GeoJsonWriter;
import org.biannian.library.Corpus;

/** {@code /api/network} (persons mentioned together) and {@code /api/places.geojson} (places within a date range). */
final class MapHandlers {

    private final Biannian biannian;
    private final Requests requests;

    MapHandlers(Biannian biannian, Requests requests) {
        this.biannian = biannian;
        this.requests = requests;
    }

    void network(Context ctx) {
        ReaderModel model = Generation.of(ctx).model();
        int limit = Requests.integer(ctx, "limit", 100, 1, Api.MAX_LIMIT);
        int minWeight = Requests.integer(ctx, "minWeight", 1, 1, Integer.MAX_VALUE);
        List<Corpus.Entity> persons = new ArrayList<>(model.corpus().entities(MentionType.PER));
        persons.sort(Comparator.comparingInt((Corpus.Entity p) -> -p.mentions()).thenComparing(Corpus.Entity::id));
        Set<String> kept = new HashSet<>();
        ObjectNode root = ApiJson.JSON.objectNode().put("totalPersons", persons.size());
        ArrayNode nodes = root.putArray("nodes");
        for (Corpus.Entity p : persons.subList(0, Math.min(limit, persons.size()))) {
            kept.add(p.id());
            ObjectNode n = nodes.addObject().put("id", p.id()).put("name", p.canonical())
                    .put("mentions", p.mentions()).put("entries", p.entries().size());
            String polity = p.record() == null ? "" : p.record().polity();
            n.put("polity", polity.isEmpty() ? null : polity);
            n.put("polityName", polity.isEmpty() ? null : ApiJson.canonical(polity, biannian, model));
        }
        ArrayNode edges = root.putArray("edges");
        for (Corpus.Edge e : model.personEdges()) {
            if (e.weight() >= minWeight && kept.contains(e.source()) && kept.contains(e.target())) {
                edges.addObject().put("source", e.source()).put("target", e.target()).put("weight", e.weight());
            }
        }
        Json.write(ctx, root);
    }

    /** The export's GeoJSON of places; with a date range, each place counts only the entries dated in it. */
    void placesGeoJson(Context ctx) {
        ReaderModel model = Generation.of(ctx).model();
        int[] range = requests.range(ctx);
        boolean bounded = range[0] != Integer.MIN_VALUE || range[1] != Integer.MAX_VALUE;
        ObjectNode all = GeoJsonWriter.places(model.corpus());
        ArrayNode kept = ApiJson.JSON.arrayNode();
        for (JsonNode feature : all.get("features")) {
            ObjectNode properties = (ObjectNode) feature.get("properties");
            ArrayNode inRange = ApiJson.JSON.arrayNode();
            for (JsonNode id : properties.get("entryIds")) {
                Resolution r = model.entry(id.asText()).map(ReaderModel::resolution).orElse(null);
                if (!bounded || r != null && r.lastJdn() >= range[0] && r.firstJdn() <= range[1]) {
                    inRange.add(id);
                }
            }
            if (!inRange.isEmpty()) {
                properties.set("entryIds", inRange);
                properties.put("entries", inRange.size());
                kept.add(feature);
            }
        }
        all.set("features", kept);
        long unlocated = model.corpus().entities(MentionType.PLACE).stream()
                .filter(p -> p.record() == null || p.record().coordinates() == null).count();
        all.put("unlocated", unlocated);
        ctx.contentType("application/geo+json; charset=utf-8");
        Json.writeKeepingType(ctx, all);
    }
}
