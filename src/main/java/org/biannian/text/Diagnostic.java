package org.biannian.text;

import java.util.Objects;

/**
 * A problem found in user input, as a value: a stable {@code code}, a message for people, and where it is.
 *
 * @param code     stable upper-case identifier, e.g. {@code UNBALANCED_BRACKET}
 * @param severity how much it matters
 * @param message  one sentence a historian can act on
 * @param span     code-point span in the source text
 * @param position line and column of the span's start
 */
public record Diagnostic(String code, Severity severity, String message, Span span, TextPosition position) {

    /** How much a diagnostic matters. */
    public enum Severity { ERROR, WARNING, INFO }

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(position, "position");
    }

    /** A diagnostic at {@code span} of {@code text}, with its line and column filled in. */
    public static Diagnostic at(SourceText text, Span span, String code, Severity severity, String message) {
        return new Diagnostic(code, severity, message, span, text.position(span.start()));
    }
}
