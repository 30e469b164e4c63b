package org.leerwerkplek.companies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.Person;
import org.leerwerkplek.platform.privacy.PersonalData;
import org.leerwerkplek.platform.privacy.PersonalRecord;
import org.leerwerkplek.surveys.EntryTexts;

/**
 * The register's personal data about one person, for access requests and erasure. A company
 * contact is found by its address; with it the visits where it was the person interviewed and the
 * free texts of those companies' fiches that name it (its name or address). Staff (an account with
 * the address) are found by user name: the companies assigned to them, their visits and the name
 * they put on those fiches, and the actions they own or decided.
 *
 * <p>Erasure removes the contact from its company (the company stays), the name of the person
 * interviewed from visits and fiches, and every fiche text that names the person. An erased
 * account's companies keep everything but the assignment (an admin assigns another advisor), its
 * actions lose their owner, and its user name on visits and decisions becomes
 * {@link CompanyPrivacyStore#ERASED_STAFF}; the name it put on its fiches is removed.
 */
@ApplicationScoped
public class CompanyPrivacy implements PersonalData {

    /** The fiche's question for the person interviewed. */
    static final String FICHE_INTERVIEWEE = "F0_GESPREKSPARTNER";
    /** The fiche's question for the advisor's name. */
    static final String FICHE_ADVISOR = "F0_ADVISEUR";

    @Inject
    DataSource dataSource;

    @Inject
    EntryTexts fiches;

    @Override
    public List<PersonalRecord> find(Person person) {
        List<PersonalRecord> records = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<CompanyPrivacyStore.ContactRow> contacts = CompanyPrivacyStore.contactsWithEmail(connection, person.email());
            for (CompanyPrivacyStore.ContactRow contact : contacts) {
                Map<String, String> fields = fields("company", contact.company(), "name", contact.name(),
                        "role", contact.role(), "email", contact.email(), "phone", contact.phone(),
                        "language", contact.language());
                records.add(new PersonalRecord("company-contact", contactId(contact.companyId(), contact.position()), fields));
            }
            for (long companyId : companies(contacts)) {
                Predicate<String> names = naming(person.email(), names(contacts, companyId));
                for (CompanyPrivacyStore.VisitRow visit : CompanyPrivacyStore.visitsOf(connection, companyId)) {
                    Map<String, String> fields = new LinkedHashMap<>();
                    if (visit.interviewee() != null && names.test(visit.interviewee())) {
                        fields.put("company", visit.company());
                        fields.put("date", visit.date().toString());
                        fields.put("interviewee", visit.interviewee());
                    }
                    fiches.texts(visit.responseId()).forEach((code, text) -> {
                        if (names.test(text)) {
                            fields.put("fiche." + code, text);
                        }
                    });
                    if (!fields.isEmpty()) {
                        records.add(new PersonalRecord("visit", Long.toString(visit.id()), fields));
                    }
                }
            }
            if (person.username().isPresent()) {
                records.addAll(staff(connection, person.username().get()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the register's personal data", e);
        }
        return records;
    }

    private List<PersonalRecord> staff(Connection connection, String username) throws SQLException {
        List<PersonalRecord> records = new ArrayList<>();
        for (CompanyPrivacyStore.CompanyRef company : CompanyPrivacyStore.assignedTo(connection, username)) {
            records.add(new PersonalRecord("company", Long.toString(company.id()),
                    fields("company", company.name(), "advisor", username)));
        }
        for (CompanyPrivacyStore.VisitRow visit : CompanyPrivacyStore.visitsBy(connection, username)) {
            Map<String, String> fields = fields("company", visit.company(), "date", visit.date().toString(),
                    "advisor", visit.advisor(), "savedBy", visit.updatedBy());
            String onFiche = fiches.texts(visit.responseId()).get(FICHE_ADVISOR);
            if (onFiche != null) {
                fields.put("fiche." + FICHE_ADVISOR, onFiche);
            }
            records.add(new PersonalRecord("visit", Long.toString(visit.id()), fields));
        }
        for (CompanyPrivacyStore.ActionRow action : CompanyPrivacyStore.actionsOf(connection, username)) {
            records.add(new PersonalRecord("support-action", Long.toString(action.id()),
                    fields("company", action.company(), "supportForm", action.form(), "owner", action.owner(),
                            "decidedBy", action.decidedBy(), "due", Objects.toString(action.due(), null),
                            "status", action.status())));
        }
        return records;
    }

    @Override
    public List<ErasedObject> erase(Person person) {
        List<ErasedObject> erased = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<CompanyPrivacyStore.ContactRow> contacts = CompanyPrivacyStore.contactsWithEmail(connection, person.email());
            for (long companyId : companies(contacts)) {
                Predicate<String> names = naming(person.email(), names(contacts, companyId));
                for (int position : CompanyPrivacyStore.removeContactsWithEmail(connection, companyId, person.email())) {
                    erased.add(new ErasedObject("company-contact", contactId(companyId, position)));
                }
                for (CompanyPrivacyStore.VisitRow visit : CompanyPrivacyStore.visitsOf(connection, companyId)) {
                    if (visit.interviewee() != null && names.test(visit.interviewee())) {
                        CompanyPrivacyStore.clearInterviewee(connection, visit.id());
                        erased.add(new ErasedObject("visit", Long.toString(visit.id())));
                    }
                    if (!fiches.removeTexts(visit.responseId(), names).isEmpty()) {
                        erased.add(new ErasedObject("fiche", Long.toString(visit.id())));
                    }
                }
            }
            if (person.username().isPresent()) {
                String username = person.username().get();
                for (CompanyPrivacyStore.VisitRow visit : CompanyPrivacyStore.visitsBy(connection, username)) {
                    if (username.equals(visit.advisor())) {
                        fiches.remove(visit.responseId(), Set.of(FICHE_ADVISOR));
                    }
                    erased.add(new ErasedObject("visit", Long.toString(visit.id())));
                }
                for (CompanyPrivacyStore.CompanyRef company : CompanyPrivacyStore.assignedTo(connection, username)) {
                    erased.add(new ErasedObject("company", Long.toString(company.id())));
                }
                for (CompanyPrivacyStore.ActionRow action : CompanyPrivacyStore.actionsOf(connection, username)) {
                    erased.add(new ErasedObject("support-action", Long.toString(action.id())));
                }
                CompanyPrivacyStore.replaceStaff(connection, username);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot erase the register's personal data", e);
        }
        return erased.stream().distinct().toList();
    }

    /** How a contact is known in the trail and in an access request: company and position (1 first). */
    static String contactId(long companyId, int position) {
        return companyId + ":" + (position + 1);
    }

    /**
     * Whether a text names the person: it holds the address or one of the names (at least three
     * characters, any case).
     */
    static Predicate<String> naming(String email, Set<String> names) {
        return naming(List.of(email), names);
    }

    /** Whether a text names one of several people: it holds one of the addresses or names (see above). */
    static Predicate<String> naming(java.util.Collection<String> emails, java.util.Collection<String> names) {
        List<String> wanted = new ArrayList<>();
        emails.stream().filter(Objects::nonNull).map(e -> e.trim().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty())
                .forEach(wanted::add);
        names.stream().filter(Objects::nonNull).map(n -> n.strip().toLowerCase(Locale.ROOT))
                .filter(n -> n.length() >= 3).forEach(wanted::add);
        return text -> {
            String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
            return wanted.stream().anyMatch(lower::contains);
        };
    }

    private static Set<Long> companies(List<CompanyPrivacyStore.ContactRow> contacts) {
        Set<Long> ids = new LinkedHashSet<>();
        contacts.forEach(c -> ids.add(c.companyId()));
        return ids;
    }

    private static Set<String> names(List<CompanyPrivacyStore.ContactRow> contacts, long companyId) {
        Set<String> names = new LinkedHashSet<>();
        contacts.stream().filter(c -> c.companyId() == companyId).forEach(c -> names.add(c.name()));
        return names;
    }

    /** Fields by name, in order, leaving out those without a value. */
    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isEmpty()) {
                fields.put(pairs[i], pairs[i + 1]);
            }
        }
        return fields;
    }
}
