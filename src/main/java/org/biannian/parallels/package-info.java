/** Parallels: for each chronicle entry, the passages of other documents that tell the same event (cited works first), with their date, name and number differences. */
package org.biannian.parallels;
