package org.leerwerkplek.placements;

import java.util.Optional;
import org.leerwerkplek.platform.DomainException;

/**
 * The candidate of a placement, with only what the work needs: a name, one way to reach them (an
 * e-mail address or a phone number) and the notes of the intake. All three may be empty (a placement
 * still looking for its candidate, in the first phases).
 */
public record Candidate(String name, String contact, String notes) {

    public static final Candidate NONE = new Candidate(null, null, null);

    public Candidate {
        name = blankToNull(name);
        contact = blankToNull(contact);
        notes = blankToNull(notes);
        if (name != null && name.length() > 200 || contact != null && contact.length() > 254) {
            throw new DomainException(DomainException.Kind.INVALID, "placement.tooLong", name != null && name.length() > 200 ? 200 : 254);
        }
        if (notes != null && notes.length() > 2000) {
            throw new DomainException(DomainException.Kind.INVALID, "placement.tooLong", 2000);
        }
        if (contact != null && contact.contains("@")) {
            contact = contact.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Optional<String> nameIfAny() {
        return Optional.ofNullable(name);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
