package org.biannian.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes JSON to standard output: indented on a terminal, compact in a pipe. */
final class Output {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Output() {
    }

    static void json(PrintWriter out, JsonNode node, boolean pretty) {
        try {
            String text = pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                    : MAPPER.writeValueAsString(node);
            out.println(text);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generator over {@code out}, indented when {@code pretty}; closing it leaves {@code out} open. */
    static JsonGenerator generator(java.io.Writer out, boolean pretty) {
        try {
            JsonGenerator g = MAPPER.getFactory().createGenerator(out);
            return pretty ? g.useDefaultPrettyPrinter() : g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line of JSON Lines. */
    static void jsonLine(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isTerminal() {
        return System.console() != null;
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
