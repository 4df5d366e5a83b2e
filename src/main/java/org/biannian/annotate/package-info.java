/** Recognises and links the persons, places, offices, polities, groups, works, dates and roles mentioned in a text. */
package org.biannian.annotate;
