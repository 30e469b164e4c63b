package org.leerwerkplek.surveys;

/** Where a response stands: being filled in (kept page by page), or submitted and locked. */
public enum ResponseStatus {
    PARTIAL,
    SUBMITTED
}
