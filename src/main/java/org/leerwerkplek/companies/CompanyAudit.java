package org.leerwerkplek.companies;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.audit.FieldChange;
import org.leerwerkplek.surveys.definition.model.AnswerValue;

/**
 * What the register records in the audit trail, and how: a company by its fields, each contact as
 * an object of its own ({@code <company>:<position>}, 1 first), a visit, its fiche by the codes of
 * the answers that changed, a support action, an import as one row with the number of companies.
 * Nothing is recorded for a change that changes nothing. The trail keeps only field names and
 * digests (see {@link AuditLog}).
 */
public final class CompanyAudit {

    public static final String COMPANY = "company";
    public static final String CONTACT = "company-contact";
    public static final String VISIT = "visit";
    public static final String FICHE = "fiche";
    public static final String ACTION = "support-action";
    public static final String IMPORT = "company-import";

    private final AuditLog audit;

    public CompanyAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** The fields of a company as the trail compares them (contacts are objects of their own). */
    static Map<String, Object> fields(CompanyDetails details) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("enterpriseNumber", details.number().digits());
        fields.put("name", details.name());
        fields.put("street", details.street());
        fields.put("postalCode", details.postalCode());
        fields.put("city", details.city());
        fields.put("province", details.province() == null ? null : details.province().name());
        fields.put("subsectors", details.subsectors().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
        fields.put("employees", details.employees().orElse(null));
        fields.put("recognised", details.recognised());
        fields.put("systems", details.systems().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
        fields.put("advisor", details.advisor().orElse(null));
        return fields;
    }

    static Map<String, Object> fields(Contact contact) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", contact.name());
        fields.put("role", contact.role());
        fields.put("email", contact.email());
        fields.put("phone", contact.phone());
        fields.put("language", contact.language());
        return fields;
    }

    /** A company registered, with its contacts. */
    public void registered(long companyId, CompanyDetails details) {
        audit.record(AuditAction.CREATE, COMPANY, companyId, audit.fieldsOf(fields(details), false));
        contactsChanged(companyId, List.of(), details.contacts());
    }

    /** A company's details changed: its changed fields, and per position a contact added, changed or removed. */
    public void changed(long companyId, CompanyDetails before, CompanyDetails after) {
        updated(COMPANY, companyId, fields(before), fields(after));
        contactsChanged(companyId, before.contacts(), after.contacts());
    }

    /** One field of a company changed (the assigned advisor, the suitability). */
    public void companyField(long companyId, String field, Object before, Object after) {
        Map<String, Object> old = new LinkedHashMap<>();
        old.put(field, before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put(field, after);
        updated(COMPANY, companyId, old, now);
    }

    private void contactsChanged(long companyId, List<Contact> before, List<Contact> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            String id = CompanyPrivacy.contactId(companyId, i);
            if (i >= before.size()) {
                audit.record(AuditAction.CREATE, CONTACT, id, audit.fieldsOf(fields(after.get(i)), false));
            } else if (i >= after.size()) {
                audit.record(AuditAction.DELETE, CONTACT, id, audit.fieldsOf(fields(before.get(i)), true));
            } else {
                updated(CONTACT, id, fields(before.get(i)), fields(after.get(i)));
            }
        }
    }

    /** Companies imported from a CSV: one row, the number of companies as its id. */
    public void imported(int companies) {
        if (companies > 0) {
            audit.record(AuditAction.CREATE, IMPORT, companies, List.of());
        }
    }

    /** A visit planned or recorded (its fiche is started with it). */
    public void visitPlanned(long visitId, long companyId, LocalDate date, String interviewee, String advisor) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("company", companyId);
        fields.put("date", date);
        fields.put("interviewee", interviewee);
        fields.put("advisor", advisor);
        audit.record(AuditAction.CREATE, VISIT, visitId, audit.fieldsOf(fields, false));
    }

    /** A section of a fiche saved: the codes of the answers that changed, with digests of old and new. */
    public void ficheSaved(long visitId, Map<String, AnswerValue> before, Map<String, AnswerValue> after) {
        updated(FICHE, visitId, before, after);
    }

    /** A fiche completed (and locked). */
    public void ficheCompleted(long visitId) {
        audit.record(AuditAction.UPDATE, FICHE, visitId,
                audit.changes(Map.of("completed", false), Map.of("completed", true)));
    }

    /** The fields of a support action as the trail compares them. */
    static Map<String, Object> fields(SupportAction action) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("visit", action.getVisitId());
        fields.put("supportForm", action.getSupportForm());
        fields.put("description", action.getDescription());
        fields.put("owner", action.getOwner());
        fields.put("due", action.getDueDate());
        fields.put("status", action.getStatus().name());
        return fields;
    }

    /** A support action accepted or rejected. */
    public void actionDecided(SupportAction action) {
        audit.record(AuditAction.CREATE, ACTION, action.getId(), audit.fieldsOf(fields(action), false));
    }

    /** A support action changed: its fields before the change against the action now. */
    public void actionChanged(long actionId, Map<String, Object> before, SupportAction after) {
        updated(ACTION, actionId, before, fields(after));
    }

    /** A company erased with everything that hung on it (its people are erased as persons, each recorded). */
    public void erased(long companyId, CompanyDetails details, List<Long> visits) {
        for (long visit : visits) {
            audit.record(AuditAction.ERASE, VISIT, visit, List.of());
        }
        audit.record(AuditAction.ERASE, COMPANY, companyId, audit.fieldsOf(fields(details), true));
    }

    private void updated(String kind, Object id, Map<String, ?> before, Map<String, ?> after) {
        List<FieldChange> changes = audit.changes(before, after);
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, kind, id, changes);
        }
    }
}
