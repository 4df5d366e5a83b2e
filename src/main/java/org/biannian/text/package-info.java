/** Reads chronicle text exactly as stored and addresses it in Unicode code points (spans, lines, columns, markup-free views). */
package org.biannian.text;
