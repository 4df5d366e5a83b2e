package org.biannian.library;

/** The library folder cannot be read or written: wrong version, disk full, locked, damaged. */
public final class LibraryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
