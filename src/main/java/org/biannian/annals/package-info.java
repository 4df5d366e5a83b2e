/** Splits a chronicle into entries (headline 綱, narrative 目, citation blocks, 按 notes) and infers each entry's year and date in force. */
package org.biannian.annals;
