package org.biannian.web;

/**
 * A request the API refuses, answered as {@code application/problem+json} (RFC 9457): 400 for a
 * bad parameter, 404 for an unknown id. The detail says which value was wrong and why.
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    private ApiProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad request", detail);
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail);
    }

    /** 405: the reader is read-only. */
    static ApiProblem methodNotAllowed(String detail) {
        return new ApiProblem(405, "Method not allowed", detail);
    }

    /** 421: a request addressed to a host name this server does not answer for (DNS rebinding). */
    static ApiProblem misdirected(String detail) {
        return new ApiProblem(421, "Misdirected request", detail);
    }

    static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, "Service unavailable", detail);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }
}
