package org.leerwerkplek.mentorcourse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.audit.FieldChange;

/**
 * What the mentor course records in the audit trail: a mentor by its fields (registered,
 * registered again, confirmed, preferences, left and back), a module completed
 * ({@code mentor-progress}, {@code <mentor>:<module>}), a certificate issued, and a certificate
 * downloaded (an export of personal data). What the mentor does by its own link is recorded as
 * the mentor ({@link Actor#mentor}); a registration on the public page too; an advisor's
 * registration as the advisor. Only field names and digests are kept (see {@link AuditLog}).
 */
final class MentorAudit {

    static final String MENTOR = MentorPrivacy.MENTOR;
    static final String PROGRESS = "mentor-progress";
    static final String CERTIFICATE = MentorPrivacy.CERTIFICATE;

    private final AuditLog audit;

    MentorAudit(AuditLog audit) {
        this.audit = audit;
    }

    /** The fields of a mentor as the trail compares them. */
    static Map<String, Object> fields(Mentor mentor) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", mentor.getName());
        fields.put("email", mentor.getEmail());
        fields.put("language", mentor.getLanguage() == null ? null : mentor.getLanguage().name());
        fields.put("company", mentor.getCompanyId().orElse(null));
        fields.put("companyName", mentor.getCompanyName().orElse(null));
        fields.put("role", mentor.getRole() == null ? null : mentor.getRole().name());
        fields.put("baseTraining", mentor.isBaseTraining());
        fields.put("baseTrainingOn", mentor.getBaseTrainingOn().orElse(null));
        fields.put("frequency", mentor.getFrequency() == null ? null : mentor.getFrequency().name());
        fields.put("focus", mentor.getFocus() == null ? null : mentor.getFocus().name());
        fields.put("status", mentor.getStatus() == null ? null : mentor.getStatus().name());
        return fields;
    }

    /** A new mentor registered, by an advisor (the signed-in account) or on the public page (as the mentor). */
    void registered(Mentor mentor, boolean byAdvisor) {
        List<FieldChange> fields = audit.fieldsOf(fields(mentor), false);
        if (byAdvisor) {
            audit.record(AuditAction.CREATE, MENTOR, mentor.getId(), fields);
        } else {
            audit.record(Actor.mentor(mentor.getId()), AuditAction.CREATE, MENTOR, mentor.getId(), fields);
        }
    }

    /** A mentor's fields changed: by an advisor's registration (the signed-in account) or by the mentor. */
    void changed(Mentor mentor, Map<String, Object> before, boolean byAdvisor) {
        List<FieldChange> changes = audit.changes(before, fields(mentor));
        if (changes.isEmpty()) {
            return;
        }
        if (byAdvisor) {
            audit.record(AuditAction.UPDATE, MENTOR, mentor.getId(), changes);
        } else {
            audit.record(Actor.mentor(mentor.getId()), AuditAction.UPDATE, MENTOR, mentor.getId(), changes);
        }
    }

    /** The mentor completed a module. */
    void completed(long mentorId, String moduleId) {
        audit.record(Actor.mentor(mentorId), AuditAction.UPDATE, PROGRESS, mentorId + ":" + moduleId,
                audit.changes(Map.of("completed", false), Map.of("completed", true)));
    }

    /** A certificate issued to the mentor. */
    void issued(long mentorId, MentorCertificate certificate) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("mentor", mentorId);
        fields.put("cycleYear", certificate.getCycleYear());
        fields.put("name", certificate.getMentorName());
        fields.put("code", certificate.getCode());
        audit.record(Actor.mentor(mentorId), AuditAction.CREATE, CERTIFICATE, certificate.getId(),
                audit.fieldsOf(fields, false));
    }

    /** The mentor downloaded a certificate (personal data leaves the application). */
    void downloaded(long mentorId, MentorCertificate certificate) {
        audit.record(Actor.mentor(mentorId), AuditAction.EXPORT, CERTIFICATE, certificate.getId(), List.of());
    }
}
