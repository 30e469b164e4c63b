package org.leerwerkplek.surveys;

/** How a response came in. */
public enum ResponseChannel {
    /** A personal link sent to one respondent. */
    LINK,
    /** The public link of an instrument, open to anyone while an admin allows it. */
    PUBLIC_LINK,
    /** A paper questionnaire typed in by an advisor. */
    PAPER,
    /** A CSV import. */
    IMPORT,
    /** Synthetic responses made by the demo-data generator; never real answers. */
    DEMO,
    /** An advisor's fiche, filled during or after a company visit (the companies part starts it). */
    INTERVIEW
}
