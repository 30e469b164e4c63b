package org.leerwerkplek.companies;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.leerwerkplek.companies.register.Contact;

/** A row of {@code company_contact}. */
@Embeddable
public class ContactEntry {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "contact_role", length = 200)
    private String role;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(nullable = false, length = 5)
    private String language;

    protected ContactEntry() {
    }

    ContactEntry(Contact contact) {
        this.name = contact.name();
        this.role = contact.role();
        this.email = contact.email();
        this.phone = contact.phone();
        this.language = contact.language();
    }

    Contact contact() {
        return new Contact(name, role, email, phone, language);
    }
}
