package org.biannian.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.biannian.Biannian;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.biannian.annals.Chronicle;
import org.biannian.authority.Authority;
import org.biannian.authority.PackFormatException;
import org.biannian.export.ChronicleJson;
import org.biannian.text.InputException;
import org.biannian.text.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code biannian parse FILE}: the chronicle's entries as one JSON document. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse a chronicle into dated entries: JSON on stdout (entries, segments, diagnostics).")
final class ParseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "UTF-8 text, or a Wikisource .wiki file")
    Path file;

    @Mixin
    ChronicleOptions chronicle;

    @Option(names = "--pretty", negatable = true, description = "indent the JSON (default: on a terminal)")
    Boolean pretty;

    @Option(names = "--mentions", description = "add each entry's mentions (persons, places, offices … as in `annotate`)")
    boolean mentions;

    @Option(names = "--authority", paramLabel = "DIR",
            description = "with --mentions: an extra authority pack folder (see docs/authority.md); repeatable")
    java.util.List<Path> packs = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Biannian biannian = Biannian.create();
        SourceText text;
        Authority authority;
        try {
            text = biannian.read(file);
            authority = biannian.authority(packs);
        } catch (InputException | PackFormatException e) {
            return Main.inputError(spec, e.getMessage());
        }
        Chronicle parsed;
        try {
            parsed = biannian.parse(text, chronicle.toParseOptions());
        } catch (IllegalArgumentException e) {
            return Main.usageError(spec, e.getMessage());
        }
        if (parsed.entries().isEmpty()) {
            return Main.inputError(spec, file + ": no chronicle entries found (the text has no dated headlines or "
                    + "statements; is it a chronicle? " + (text.length() == 0 ? "the file is empty" : text.length() + " characters read") + ")");
        }
        // Mentions are opt-in: they multiply the document's size (a 20 MB chronicle has ~900,000).
        ObjectNode document = mentions ? ChronicleJson.document(parsed, biannian.annotate(parsed, authority, chronicle.regime))
                : ChronicleJson.document(parsed);
        Output.json(spec.commandLine().getOut(), document, pretty != null ? pretty : Output.isTerminal());
        return 0;
    }
}
