package org.biannian.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The OpenAPI 3.1 document of the API, written from the same route list the server registers. */
final class OpenApi {

    private OpenApi() {
    }

    static ObjectNode document(List<Route> routes) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode().put("openapi", "3.1.0");
        root.putObject("info").put("title", "Biannian reader API").put("version", "1")
                .put("description", "Read-only access to the analysed chronicles of a Biannian library (docs/api.md).");
        ObjectNode paths = root.putObject("paths");
        for (Route route : routes) {
            ObjectNode get = paths.putObject(route.path()).putObject("get");
            get.put("summary", route.summary());
            get.put("operationId", operationId(route.path()));
            ArrayNode params = get.putArray("parameters");
            for (Param p : route.params()) {
                params.addObject().put("name", p.name()).put("in", p.in()).put("required", p.required())
                        .put("description", p.description()).putObject("schema").put("type", p.type());
            }
            ObjectNode responses = get.putObject("responses");
            responses.putObject("200").put("description", "OK").putObject("content")
                    .putObject(route.path().endsWith(".geojson") ? "application/geo+json" : "application/json");
            for (String status : List.of("400", "404")) {
                responses.putObject(status).put("description", status.equals("400") ? "a bad parameter" : "an unknown id")
                        .putObject("content").putObject("application/problem+json")
                        .putObject("schema").put("$ref", "#/components/schemas/Problem");
            }
        }
        ObjectNode problem = root.putObject("components").putObject("schemas").putObject("Problem").put("type", "object");
        ObjectNode props = problem.putObject("properties");
        props.putObject("type").put("type", "string");
        props.putObject("title").put("type", "string");
        props.putObject("status").put("type", "integer");
        props.putObject("detail").put("type", "string");
        return root;
    }

    private static String operationId(String path) {
        StringBuilder s = new StringBuilder("get");
        for (String part : path.replace("/api/", "").split("[/.]")) {
            if (!part.isEmpty()) {
                String word = part.startsWith("{") ? "By" + Character.toUpperCase(part.charAt(1)) + part.substring(2, part.length() - 1) : part;
                s.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return s.toString();
    }
}
