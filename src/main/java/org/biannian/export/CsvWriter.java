package org.biannian.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.biannian.annals.Entry;
import org.biannian.annotate.Mention;
import org.biannian.annotate.MentionType;
import org.biannian.authority.Coordinates;
import org.biannian.calendar.Jdn;
import org.biannian.calendar.Resolution;
import org.biannian.library.Corpus;

/**
 * Writes a corpus as CSV tables that Palladio, Gephi and spreadsheets open as they are (RFC 4180,
 * UTF-8, a header row): {@code entries.csv}, {@code mentions.csv}, {@code persons.csv},
 * {@code places.csv}, {@code edges-person-person.csv} and {@code edges-person-place.csv} (Gephi's
 * Source,Target,Weight).
 */
public final class CsvWriter {

    /** The files written, in order. */
    public static final List<String> FILES = List.of("entries.csv", "mentions.csv", "persons.csv", "places.csv",
            "edges-person-person.csv", "edges-person-place.csv");

    private CsvWriter() {
    }

    /**
     * Writes every table into {@code folder} (created if its parent exists: folders above it are not
     * made unasked); each file whole or not at all ({@link AtomicFile}).
     */
    public static void write(Corpus corpus, Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + ": it is not a folder; csv writes its tables into a folder");
        }
        if (!Files.isDirectory(folder)) {
            Path parent = folder.toAbsolutePath().getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw new IOException(folder + ": there is no folder " + parent + " (create it first)");
            }
            Files.createDirectory(folder);
        }
        AtomicFile.write(folder.resolve("entries.csv"), w -> {
            row(w, "id", "document", "index", "regime", "era", "era_year", "julian_year", "month", "leap", "day_ganzhi", "day_jdn",
                    "precision", "first_jdn", "last_jdn", "first_julian", "last_julian", "headline", "works");
            for (Corpus.EntryRef ref : corpus.entries()) {
                Entry e = ref.entry();
                Resolution r = e.date().resolved();
                row(w, ref.id(), ref.analysis().key(), e.index(), e.year().regime(), e.year().era(), e.year().eraYear(),
                        e.year().julianYear(), e.date().month(), e.date().leap() ? 1 : 0,
                        e.date().ganzhi() == null ? "" : Jdn.ganzhiName(e.date().ganzhi()),
                        r != null && r.precision() == org.biannian.calendar.Precision.DAY ? r.firstJdn() : "",
                        r == null ? "" : r.precision(), r == null ? "" : r.firstJdn(), r == null ? "" : r.lastJdn(),
                        r == null ? "" : r.julian(), r == null ? "" : r.lastJulian(),
                        ref.analysis().chronicle().view().viewSlice(e.headline()),
                        String.join(";", ref.analysis().sourcesOf(e).citedWorks()));
            }
        });
        AtomicFile.write(folder.resolve("mentions.csv"), w -> {
            row(w, "entry", "start", "end", "text", "type", "canonical", "id");
            for (Corpus.EntryRef ref : corpus.entries()) {
                for (Mention m : ref.analysis().mentionsIn(ref.entry())) {
                    row(w, ref.id(), m.start(), m.end(), ref.analysis().chronicle().view().viewSlice(m.span()), m.type(),
                            m.canonical(), m.id());
                }
            }
        });
        AtomicFile.write(folder.resolve("persons.csv"), w -> {
            row(w, "Id", "Label", "names", "polity", "mentions", "entries", "first_julian", "last_julian");
            for (Corpus.Entity p : corpus.entities(MentionType.PER)) {
                row(w, p.id(), p.canonical(), names(p), p.record() == null ? "" : p.record().polity(), p.mentions(),
                        p.entries().size(), julian(p.firstJdn()), julian(p.lastJdn()));
            }
        });
        AtomicFile.write(folder.resolve("places.csv"), w -> {
            row(w, "Id", "Label", "names", "kind", "latitude", "longitude", "coordinates", "coordinate_precision", "coordinate_source",
                    "mentions", "entries", "first_julian", "last_julian");
            for (Corpus.Entity p : corpus.entities(MentionType.PLACE)) {
                Coordinates c = p.record() == null ? null : p.record().coordinates();
                row(w, p.id(), p.canonical(), names(p), p.record() == null ? "" : p.record().subtype(),
                        c == null ? "" : c.latitude(), c == null ? "" : c.longitude(),
                        // "lat,lon" in one column: what Palladio's map reads as a place's coordinates.
                        c == null ? "" : c.latitude() + "," + c.longitude(), c == null ? "" : c.precision(),
                        c == null ? "" : c.source(), p.mentions(), p.entries().size(), julian(p.firstJdn()), julian(p.lastJdn()));
            }
        });
        edges(folder, "edges-person-person.csv", corpus.coOccurrences(MentionType.PER, MentionType.PER));
        edges(folder, "edges-person-place.csv", corpus.coOccurrences(MentionType.PER, MentionType.PLACE));
    }

    private static void edges(Path folder, String file, List<Corpus.Edge> edges) throws IOException {
        AtomicFile.write(folder.resolve(file), w -> {
            row(w, "Source", "Target", "Weight", "Type");
            for (Corpus.Edge e : edges) {
                row(w, e.source(), e.target(), e.weight(), "Undirected");
            }
        });
    }

    private static String names(Corpus.Entity e) {
        return e.record() == null ? e.canonical()
                : String.join(";", e.record().names().stream().map(n -> n.text()).toList());
    }

    private static String julian(Integer jdn) {
        return jdn == null ? "" : Jdn.civilString(jdn);
    }

    /** One RFC 4180 row: fields with a comma, quote or line break are quoted, quotes doubled. */
    static void row(Writer w, Object... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = fields[i] == null ? "" : fields[i].toString();
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                w.write('"');
                w.write(f.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(f);
            }
        }
        w.write("\r\n");
    }
}
