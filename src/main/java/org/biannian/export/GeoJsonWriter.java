package org.biannian.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.biannian.annotate.MentionType;
import org.biannian.authority.Coordinates;
import org.biannian.calendar.Jdn;
import org.biannian.library.Corpus;

/**
 * The places of a corpus as a GeoJSON FeatureCollection (RFC 7946, longitude first) that QGIS
 * opens: one Point per place with coordinates, with its names, entry and mention counts, and the
 * first and last dates of the entries that mention it.
 */
public final class GeoJsonWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private GeoJsonWriter() {
    }

    public static ObjectNode places(Corpus corpus) {
        ObjectNode collection = JSON.objectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Corpus.Entity place : corpus.entities(MentionType.PLACE)) {
            Coordinates c = place.record() == null ? null : place.record().coordinates();
            if (c == null) {
                continue;
            }
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", place.id());
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(c.longitude()).add(c.latitude());
            ObjectNode p = feature.putObject("properties");
            p.put("id", place.id());
            p.put("name", place.canonical());
            p.put("kind", place.record().subtype());
            p.put("entries", place.entries().size());
            p.put("mentions", place.mentions());
            Integer first = place.firstJdn();
            Integer last = place.lastJdn();
            p.put("firstJdn", first);
            p.put("lastJdn", last);
            p.put("firstJulian", first == null ? null : Jdn.civilString(first));
            p.put("lastJulian", last == null ? null : Jdn.civilString(last));
            p.put("coordinatePrecision", c.precision());
            p.put("coordinateSource", c.source());
            ArrayNode ids = p.putArray("entryIds");
            place.entries().forEach(e -> ids.add(e.id()));
        }
        return collection;
    }
}
