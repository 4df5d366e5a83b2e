/** Chinese historical calendar arithmetic: eras, lunar months, date expressions, JDN, Julian and Gregorian dates (pure, no text structure). */
package org.biannian.calendar;
