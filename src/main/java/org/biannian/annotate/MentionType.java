package org.biannian.annotate;

/** The kinds of mention, as in design.md §3. */
public enum MentionType { PER, PLACE, OFFICE, POLITY, GROUP, WORK, DATE, ROLE }
