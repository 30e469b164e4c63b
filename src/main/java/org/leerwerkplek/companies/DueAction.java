package org.leerwerkplek.companies;

import java.time.LocalDate;
import java.util.Objects;
import org.leerwerkplek.surveys.definition.model.LocalizedText;

/**
 * An open action of a support plan, as the owner's start page lists it.
 *
 * @param supportForm the code of the support form, e.g. {@code MENTOROPLEIDING}
 * @param form the support form's name from the suitability rules (its code when the rules no longer name it)
 * @param overdue whether the due date has passed
 * @param soon whether it is due within the days the start page looks ahead (and not overdue)
 */
public record DueAction(long actionId, long companyId, String companyName, String supportForm, LocalizedText form,
                        String description, LocalDate due, boolean overdue, boolean soon) {

    public DueAction {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(supportForm, "supportForm");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(due, "due");
    }
}
