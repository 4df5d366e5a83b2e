package org.biannian.annals;

/**
 * A year asked for that never was (--start 淳化九年: 淳化 had five years): bad input, not a wrong
 * option name, so that it is not counted on silently into another era's year.
 */
public final class YearNotInEraException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public YearNotInEraException(String message) {
        super(message);
    }
}
