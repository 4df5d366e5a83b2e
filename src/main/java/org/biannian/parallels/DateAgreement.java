package org.biannian.parallels;

/** Whether a source dates an event as the chronicle does: to the year and month the entry stands in. */
public enum DateAgreement {
    /** The source's date falls in the entry's year and month. */
    SAME,
    /** The source gives another year or month. */
    DIFFERENT,
    /** The source (or the entry) is vaguer than a month, or gives no date: neither agrees nor disagrees. */
    UNKNOWN
}
