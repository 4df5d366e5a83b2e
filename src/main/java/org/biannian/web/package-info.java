/** The web reader: a read-only REST API over the analysed chronicles of a library, and the static pages that show them. */
package org.biannian.web;
