package org.leerwerkplek.companies.register;

import java.util.Objects;

/**
 * A contact person at a company.
 *
 * @param language the language to address the contact in: {@code nl}, {@code fr}, {@code en} or {@code de}
 */
public record Contact(String name, String role, String email, String phone, String language) {

    public Contact {
        Objects.requireNonNull(name, "name");
        role = role == null ? "" : role.trim();
        email = email == null ? "" : email.trim();
        phone = phone == null ? "" : phone.trim();
        language = language == null || language.isBlank() ? "nl" : language.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
