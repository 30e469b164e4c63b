package org.leerwerkplek.companies.application;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.ActorKind;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;

/**
 * What the applications record in the audit trail: an application by its fields (the applicant's
 * personal data among them, as digests) when applied and confirmed, by the applicant; taken, by
 * the advisor; a line of the assignment rule changed, by the admin.
 */
final class ApplicationAudit {

    static final String APPLICATION = "company-application";
    static final String RULE = "application-rule";

    private final AuditLog audit;

    ApplicationAudit(AuditLog audit) {
        this.audit = audit;
    }

    static Actor applicant(long applicationId) {
        return new Actor(ActorKind.APPLICANT, Long.toString(applicationId));
    }

    static Map<String, Object> fields(ApplicationForm form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("enterpriseNumber", form.enterpriseNumber().map(n -> n.digits()).orElse(form.number()));
        fields.put("name", form.name());
        fields.put("street", form.street());
        fields.put("postalCode", form.postalCode());
        fields.put("city", form.city());
        fields.put("province", form.province() == null ? null : form.province().name());
        fields.put("activities", form.activities().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
        fields.put("employees", form.employees());
        fields.put("contactName", form.contactName());
        fields.put("contactEmail", form.contactEmail());
        fields.put("contactPhone", form.contactPhone());
        fields.put("contactLanguage", form.contactLanguage());
        fields.put("learningForms", form.learningForms().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
        fields.put("mentor", form.mentor() == null ? null : form.mentor().name());
        fields.put("question", form.question());
        return fields;
    }

    void applied(CompanyApplication application, ApplicationForm form) {
        audit.record(applicant(application.getId()), AuditAction.CREATE, APPLICATION, application.getId(),
                audit.fieldsOf(fields(form), false));
    }

    void confirmed(CompanyApplication application) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", application.getStatus().name());
        after.put("assignedTo", application.getAssignedTo().orElse(null));
        after.put("company", application.getCompanyId().orElse(null));
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", ApplicationStatus.UNCONFIRMED.name());
        before.put("assignedTo", null);
        before.put("company", null);
        audit.record(applicant(application.getId()), AuditAction.UPDATE, APPLICATION, application.getId(),
                audit.changes(before, after));
    }

    void taken(CompanyApplication application) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", ApplicationStatus.TAKEN.name());
        after.put("takenBy", application.getTakenBy().orElse(null));
        after.put("company", application.getCompanyId().orElse(null));
        after.put("visitDate", application.getVisitDate().orElse(null));
        audit.record(AuditAction.UPDATE, APPLICATION, application.getId(), audit.changes(Map.of(), after));
    }

    void ruleChanged(Province province, String before, String after) {
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("advisor", before);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("advisor", after);
        audit.record(AuditAction.UPDATE, RULE, province.name(), audit.changes(old, now));
    }
}
