package org.biannian.tagger;

/** What a tagged span names. The tagger learns polities so that 秦 or 魏 as a state does not teach it places. */
public enum NameKind {
    PERSON, PLACE, POLITY
}
