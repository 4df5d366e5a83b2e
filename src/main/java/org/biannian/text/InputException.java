package org.biannian.text;

/**
 * Input that cannot be read at all (not UTF-8, missing, unreadable), with where the problem is.
 *
 * <p>Problems inside readable text are {@link Diagnostic}s, not exceptions.
 */
public final class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
