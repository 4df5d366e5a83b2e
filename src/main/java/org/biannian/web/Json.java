package org.biannian.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** Writes Jackson trees as responses. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static void write(Context ctx, JsonNode node) {
        ctx.contentType("application/json; charset=utf-8");
        writeKeepingType(ctx, node);
    }

    /** Writes {@code node} with the content type already set (GeoJSON, problem+json). */
    static void writeKeepingType(Context ctx, JsonNode node) {
        try {
            ctx.result(MAPPER.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
