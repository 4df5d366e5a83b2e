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
        PersonPolity polities = new PersonPolity(biannian.authority());
        ObjectNode root = ApiJson.JSON.objectNode().put("totalPersons", persons.size());
        ArrayNode nodes = root.putArray("nodes");
        for (Corpus.Entity p : persons.subList(0, Math.min(limit, persons.size()))) {
            kept.add(p.id());
            ObjectNode n = nodes.addObject().put("id", p.id()).put("name", p.canonical())
                    .put("mentions", p.mentions()).put("entries", p.entries().size());
            PersonPolity.Found polity = polities.of(p).orElse(null);
            n.put("polity", polity == null ? null : polity.polity());
            n.put("polityName", polity == null ? null : ApiJson.canonical(polity.polity(), biannian, model));
            n.put("polityFrom", polity == null ? null : polity.from());
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
                if (!bounded || inRange(r, range)) {
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
        // The places that cannot be drawn, counted within the same range, each with why: a name the
        // annotator's rules found has no authority record; a record may give no site.
        ArrayNode unlocated = ApiJson.JSON.arrayNode();
        List<Corpus.Entity> places = new ArrayList<>(model.corpus().entities(MentionType.PLACE));
        places.sort(Comparator.comparing(Corpus.Entity::id));
        List<ObjectNode> rows = new ArrayList<>();
        for (Corpus.Entity place : places) {
            if (place.record() != null && place.record().coordinates() != null) {
                continue;
            }
            long inRange = place.entries().stream().filter(ref -> !bounded || overlaps(ref, range)).count();
            if (inRange > 0) {
                rows.add(ApiJson.JSON.objectNode().put("id", place.id()).put("name", place.canonical())
                        .put("entries", inRange).put("reason", place.record() == null ? "NO_RECORD" : "NO_COORDINATES"));
            }
        }
        rows.sort(Comparator.comparingLong((ObjectNode n) -> -n.get("entries").asLong()));
        rows.forEach(unlocated::add);
        all.put("unlocated", unlocated.size());
        all.set("unlocatedPlaces", unlocated);
        ctx.contentType("application/geo+json; charset=utf-8");
        Json.writeKeepingType(ctx, all);
    }

    private static boolean overlaps(Corpus.EntryRef ref, int[] range) {
        return inRange(ReaderModel.resolution(ref), range);
    }

    private static boolean inRange(Resolution r, int[] range) {
        return r != null && r.lastJdn() >= range[0] && r.firstJdn() <= range[1];
    }
}
