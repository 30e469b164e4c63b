package org.leerwerkplek.companies;

import java.util.Objects;
import org.leerwerkplek.companies.register.CompanyDetails;

/**
 * A company as its page and the API show it.
 *
 * @param version the row version to send back with a change, so a change on an older copy is refused
 * @param pseudonymised true when the contacts show as pseudonyms ({@link Pseudonym}) and the advisor is left out for the caller
 * @param editable whether the caller may change it
 */
public record CompanyView(long id, long version, CompanyDetails details, String suitability,
                          boolean pseudonymised, boolean editable) {

    public CompanyView {
        Objects.requireNonNull(details, "details");
    }
}
