package org.biannian.web;

/**
 * A parameter of an API route, as the OpenAPI document describes it.
 *
 * @param in   {@code path} or {@code query}
 * @param type {@code string} or {@code integer}
 */
record Param(String name, String in, String type, boolean required, String description) {

    static Param path(String name, String description) {
        return new Param(name, "path", "string", true, description);
    }

    static Param query(String name, String description) {
        return new Param(name, "query", "string", false, description);
    }

    static Param integer(String name, String description) {
        return new Param(name, "query", "integer", false, description);
    }
}
