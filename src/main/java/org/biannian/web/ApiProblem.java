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
