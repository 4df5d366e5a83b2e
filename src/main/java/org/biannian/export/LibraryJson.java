package org.biannian.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.biannian.authority.Coordinates;
import org.biannian.authority.Name;
import org.biannian.library.Analysis;
import org.biannian.library.Corpus;

/**
 * The whole library as one JSON document ({@code docs/library.schema.json}): every document as
 * {@code parse} prints it, then every linked entity with its names and the entries that mention it.
 */
public final class LibraryJson {

    /** Bumped when the shape changes incompatibly. */
    public static final int FORMAT_VERSION = 1;

    private LibraryJson() {
    }

    public static void write(Corpus corpus, JsonGenerator out) throws IOException {
        write(corpus, List.of(), out);
    }

    /** Writes {@code corpus}, with {@code parallels} (as {@code biannian parallels} prints them) when there are any. */
    public static void write(Corpus corpus, List<org.biannian.parallels.Parallel> parallels, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", "biannian-library");
        out.writeNumberField("version", FORMAT_VERSION);
        out.writeArrayFieldStart("documents");
        for (Analysis a : corpus.analyses()) {
            ChronicleJson.write(a, out);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("entities");
        for (Corpus.Entity e : corpus.entities()) {
            out.writeStartObject();
            out.writeStringField("id", e.id());
            out.writeStringField("type", e.type().name());
            out.writeStringField("canonical", e.canonical());
            out.writeArrayFieldStart("names");
            if (e.record() != null) {
                for (Name n : e.record().names()) {
                    out.writeStartObject();
                    out.writeStringField("text", n.text());
                    out.writeStringField("kind", n.kind());
                    if (n.firstYear() != 0) {
                        out.writeNumberField("firstYear", n.firstYear());
                    }
                    if (n.lastYear() != 0) {
                        out.writeNumberField("lastYear", n.lastYear());
                    }
                    out.writeEndObject();
                }
            }
            out.writeEndArray();
            if (e.record() != null && !e.record().polity().isEmpty()) {
                out.writeStringField("polity", e.record().polity());
            }
            Coordinates c = e.record() == null ? null : e.record().coordinates();
            if (c != null) {
                out.writeObjectFieldStart("coordinates");
                out.writeNumberField("latitude", c.latitude());
                out.writeNumberField("longitude", c.longitude());
                out.writeStringField("precision", c.precision());
                out.writeStringField("source", c.source());
                out.writeEndObject();
            }
            out.writeNumberField("mentions", e.mentions());
            out.writeArrayFieldStart("entries");
            for (Corpus.EntryRef ref : e.entries()) {
                out.writeString(ref.id());
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        if (!parallels.isEmpty()) {
            out.writeArrayFieldStart("parallels");
            for (org.biannian.parallels.Parallel p : parallels) {
                out.writeObject(ParallelJson.of(p));
            }
            out.writeEndArray();
        }
        out.writeEndObject();
        out.flush();
    }
}
