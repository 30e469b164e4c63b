package org.leerwerkplek.analysis.demo;

/**
 * What the quotas fix for one synthetic employer before any question is answered: the answers
 * behind the study's figures. Everything else is drawn at random when the questionnaire is filled in.
 *
 * @param sizeClass the Q02 option code
 * @param evolution the Q06 option code
 * @param instroom whether Q13 holds INSTROOM
 * @param vaklui whether Q13 holds VAKLUI
 * @param trial which trial periods Q20 holds
 * @param financieel whether Q20 holds FINANCIEEL
 * @param rsz whether Q22 is RSZ (else CASH); only read when {@code financieel}
 * @param latePayback whether this is the one employer in 305 who expects more than two years (Q07)
 */
record Profile(String sizeClass, String evolution, boolean instroom, boolean vaklui, Trial trial,
               boolean financieel, boolean rsz, boolean latePayback) {

    /** The trial periods an employer asks for in Q20. */
    enum Trial {
        NONE, CANDIDATE, BOTH, EMPLOYER;

        boolean candidate() {
            return this == CANDIDATE || this == BOTH;
        }

        boolean employer() {
            return this == EMPLOYER || this == BOTH;
        }
    }

    /** Whether the employer has fewer than five staff (Q02 W1_4), the study's small-employer group. */
    boolean small() {
        return sizeClass.equals(StudyFigures.SIZE_CLASSES.get(0));
    }

    /** The position of the size class, 0 (1–4 staff) to 5 (100 or more). */
    int sizeRank() {
        return StudyFigures.SIZE_CLASSES.indexOf(sizeClass);
    }
}
