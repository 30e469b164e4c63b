package org.leerwerkplek.companies;

import java.time.LocalDate;
import java.util.Objects;
import org.leerwerkplek.surveys.definition.LocalizedText;

/**
 * An open action of a support plan, due soon or overdue, as the owner's start page lists it.
 *
 * @param supportForm the code of the support form, e.g. {@code MENTOROPLEIDING}
 * @param form the support form's name from the suitability rules (its code when the rules no longer name it)
 * @param overdue whether the due date has passed
 */
public record DueAction(long actionId, long companyId, String companyName, String supportForm, LocalizedText form,
                        String description, LocalDate due, boolean overdue) {

    public DueAction {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(supportForm, "supportForm");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(due, "due");
    }
}
