/** The library: a folder holding a SQLite database of the records and a Lucene index of the entries, kept in step. */
package org.biannian.library;
