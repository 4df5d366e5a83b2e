/** The critical apparatus: reads citation blocks and 按 notes into cited works, discrepancies and verdicts, against a works authority, and indexes them by source. */
package org.biannian.sources;
