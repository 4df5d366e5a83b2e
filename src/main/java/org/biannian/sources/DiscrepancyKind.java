package org.biannian.sources;

/** What a critical note says the sources disagree about. */
public enum DiscrepancyKind {
    /** A different date: 「此條係於至道元年九月」. */
    DATE,
    /** A different name or spelling: 「嵬囉嵬悉俄，《夏國傳》作嵬囉嵬悉」, 「一作<白>遇」. */
    NAME,
    /** A different number. */
    NUMBER,
    /** A different place: 「鄜州，《續通鑒》作麟州」. */
    PLACE,
    /** A different account of who did what: 「《盧之翰傳》作之翰違旨」. */
    ATTRIBUTION,
    /** A source that does not record the event: 「《聖宗紀》不載梗邊事」. */
    OMISSION,
    /** Anything else: added facts, a comment, an argument. */
    OTHER
}
