package org.leerwerkplek.platform.privacy;

import java.time.Instant;
import java.time.Period;

/**
 * A kind of data kept for a limited time: each part provides its rules (CDI beans), the platform
 * runs them daily and shows them to admins. The period comes from the part's configuration.
 */
public interface RetentionRule {

    /** A stable name, e.g. {@code <part>.<what>}; also the key of its label ({@code retention.<key>}). */
    String key();

    /** The configuration key that sets the period, e.g. {@code lwp.retention.<what>-months}. */
    String setting();

    /** How long the data is kept after the moment the rule counts from. */
    Period period();

    /** How many objects a run at {@code now} would remove or anonymise. */
    long countDue(Instant now);

    /** Removes or anonymises what is past its period at {@code now}, in the caller's transaction; how many. */
    long applyDue(Instant now);
}
