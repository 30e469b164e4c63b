package org.leerwerkplek.companies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.leerwerkplek.companies.register.Contact;

/**
 * Stable pseudonyms for the people in the register, for readers who need no personal data
 * (analysts): a contact becomes {@code Contact 3f9a}, the person interviewed at a visit likewise,
 * and the account that owns a support action {@code Account 7c21}. A pseudonym is derived from
 * where the person is recorded (company and contact position, visit, or the moment the account was
 * created), never from the name itself, so it reveals nothing about the name and cannot be matched
 * against a list of names; it stays the same on every page and API call.
 */
public final class Pseudonym {

    private static final String PREFIX = "Contact ";
    private static final String ACCOUNT_PREFIX = "Account ";

    private Pseudonym() {
    }

    /** The pseudonym of the contact at {@code position} (0-based) of a company's contacts. */
    public static String ofContact(long companyId, int position) {
        return PREFIX + digest("contact:" + companyId + ":" + position);
    }

    /** The pseudonym of the person interviewed at a visit. */
    public static String ofInterviewee(long visitId) {
        return PREFIX + digest("interviewee:" + visitId);
    }

    /**
     * The pseudonym of a staff account (an action's owner), from the instant it was created: the
     * same account has the same pseudonym everywhere, and its user or display name plays no part.
     */
    public static String ofAccount(Instant createdAt) {
        return ACCOUNT_PREFIX + digest("account:" + createdAt);
    }

    /**
     * The contacts with name, e-mail address and phone replaced by the contact's pseudonym
     * (an empty address or phone stays empty, so one can still see what is known); the role and
     * the language are kept.
     */
    public static List<Contact> contacts(long companyId, List<Contact> contacts) {
        List<Contact> out = new ArrayList<>(contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            String pseudonym = ofContact(companyId, i);
            out.add(new Contact(pseudonym, c.role(), c.email().isEmpty() ? "" : pseudonym,
                    c.phone().isEmpty() ? "" : pseudonym, c.language()));
        }
        return List.copyOf(out);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
