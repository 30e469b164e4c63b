package org.leerwerkplek.mentorcourse.delivery;

import java.time.LocalDate;

/** How often a mentor receives the next module of the course. */
public enum Frequency {
    MONTHLY(1),
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** The months between two deliveries. */
    public int months() {
        return months;
    }

    /**
     * When the delivery after one on {@code previous} is due: the same day {@link #months()}
     * later, or the last day of that month when it is shorter (31 January + 1 month = 28 or 29
     * February).
     */
    public LocalDate after(LocalDate previous) {
        return previous.plusMonths(months);
    }
}
