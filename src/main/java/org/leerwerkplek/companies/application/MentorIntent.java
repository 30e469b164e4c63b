package org.leerwerkplek.companies.application;

/** Whether the applying company has a mentor (praktijkbegeleider) for learners, as it says. */
public enum MentorIntent {
    /** It has a trained mentor. */
    HAS_MENTOR,
    /** It has none yet and would have one trained. */
    WOULD_TRAIN,
    /** Neither, or it does not know yet. */
    NOT_YET;

    public String messageKey() {
        return "application.mentor." + name();
    }
}
