package org.biannian.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamException;
import org.biannian.Biannian;
import org.biannian.authority.PackFormatException;
import org.biannian.export.AtomicFile;
import org.biannian.export.CsvWriter;
import org.biannian.export.GeoJsonWriter;
import org.biannian.export.LibraryJson;
import org.biannian.export.TeiWriter;
import org.biannian.library.Corpus;
import org.biannian.library.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code biannian export --format tei|json|csv|geojson}: the library in the field's formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a library: TEI P5 (an edition), JSON (everything), CSV (tables for Palladio, Gephi, spreadsheets; "
                + "-o names a folder) or GeoJSON (places for QGIS).")
final class ExportCommand implements Callable<Integer> {

    /** The formats, with what each writes. */
    enum Format { tei, json, csv, geojson }

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "tei, json, csv or geojson")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write (default: stdout; for csv a folder, required)")
    Path output;

    @Mixin
    LibraryOption library;

    @Mixin
    AuthorityOption authority;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format == Format.csv && output == null) {
            return Main.usageError(spec, "csv writes " + CsvWriter.FILES.size() + " files: give -o FOLDER");
        }
        Integer missing = LibraryOption.missing(spec, library.folder);
        if (missing != null) {
            return missing;
        }
        Corpus corpus;
        try {
            corpus = authority.biannian().storedCorpus(library.folder);
            parallels = format == Format.json || format == Format.tei
                    ? authority.biannian().storedParallels(library.folder) : List.of();
        } catch (LibraryException | PackFormatException e) {
            return Main.inputError(spec, e.getMessage());
        }
        try {
            if (format == Format.csv) {
                CsvWriter.write(corpus, output);
            } else if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                write(corpus, out);
                out.flush();
            } else {
                AtomicFile.write(output, out -> write(corpus, out));
            }
        } catch (IOException | XMLStreamException e) {
            return Main.inputError(spec, "cannot write the export: " + e.getMessage());
        }
        return 0;
    }

    /** The library's stored parallels, exported with the corpus in JSON and TEI. */
    private List<org.biannian.parallels.Parallel> parallels = List.of();

    private void write(Corpus corpus, Writer out) throws IOException, XMLStreamException {
        switch (format) {
            case tei -> TeiWriter.write(corpus, parallels, out);
            case json -> {
                try (JsonGenerator json = Output.generator(out, false)) {
                    LibraryJson.write(corpus, parallels, json);
                }
            }
            case geojson -> {
                try (JsonGenerator json = Output.generator(out, false)) {
                    json.writeTree(GeoJsonWriter.places(corpus));
                }
            }
            case csv -> throw new IllegalStateException("csv is written to a folder");
        }
        out.write('\n');
    }
}
