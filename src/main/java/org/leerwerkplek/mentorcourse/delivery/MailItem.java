package org.leerwerkplek.mentorcourse.delivery;

import java.time.LocalDate;
import org.leerwerkplek.mentorcourse.content.CourseModule;

/**
 * One thing a mail to a mentor carries.
 *
 * @param kind   a new module or a reminder of an unopened one
 * @param module the module
 * @param dueOn  the day it became due; the mail may go later (one mail a week at most)
 */
public record MailItem(Kind kind, CourseModule module, LocalDate dueOn) {

    /** What the item is. */
    public enum Kind {
        /** The next module of the course. */
        DELIVERY,
        /** A reminder of a delivered module the mentor has not opened. */
        REMINDER
    }
}
