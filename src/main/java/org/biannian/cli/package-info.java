/** The command-line face: parses arguments, calls the {@link org.biannian.Biannian} facade, prints JSON; exit 0 ok, 1 bad input, 2 bad usage. */
package org.biannian.cli;
