package org.biannian.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a handler runs (a NUL in the path, a malformed request line) as
 * {@code application/problem+json}, like every other error of the API, instead of an HTML page.
 */
final class ProblemErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String body = JsonNodeFactory.instance.objectNode()
                .put("type", "about:blank")
                .put("title", code == 400 ? "Bad request" : "Error " + code)
                .put("status", code)
                .put("detail", message == null ? "the request could not be read" : message)
                .toString();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json; charset=utf-8");
        // The same protective headers as every other answer (ReaderServer.securityHeaders).
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Content-Security-Policy", ReaderServer.CONTENT_SECURITY_POLICY);
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
