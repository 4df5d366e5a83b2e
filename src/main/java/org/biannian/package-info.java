/** Biannian: the facade ({@link org.biannian.Biannian}) over the pipeline text → calendar → annals → authority → annotate → sources. */
package org.biannian;
