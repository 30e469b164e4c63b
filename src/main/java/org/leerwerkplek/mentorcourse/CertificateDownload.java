package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leerwerkplek.mentorcourse.certificate.CertificatePdf;
import org.leerwerkplek.mentorcourse.content.Course;
import org.leerwerkplek.mentorcourse.content.Language;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.platform.web.PublicUrl;

/** A mentor's certificate as PDF, by its personal link. */
@ApplicationScoped
@Transactional
public class CertificateDownload {

    private MentorLinks links;
    private MentorPlans plans;
    private CertificateService certificates;
    private PublicUrl publicUrl;
    private AuditLog auditLog;

    /** For the CDI proxy only. */
    protected CertificateDownload() {
    }

    @Inject
    public CertificateDownload(MentorLinks links, MentorPlans plans, CertificateService certificates,
                               PublicUrl publicUrl, AuditLog auditLog) {
        this.links = links;
        this.plans = plans;
        this.certificates = certificates;
        this.publicUrl = publicUrl;
        this.auditLog = auditLog;
    }

    /**
     * Writes the certificate of cycle year {@code year} of a link's mentor as PDF; recorded in the
     * audit trail as an export of personal data.
     *
     * @return false for an unknown or expired link or a year without certificate (nothing written)
     */
    public boolean certificatePdf(String token, int year, OutputStream out) {
        Optional<Mentor> mentor = links.byLink(token);
        Optional<MentorCertificate> certificate = mentor.flatMap(m -> certificates.of(m.getId()).stream()
                .filter(c -> c.getCycleYear() == year).findFirst());
        if (certificate.isEmpty()) {
            return false;
        }
        new MentorAudit(auditLog).downloaded(mentor.get().getId(), certificate.get());
        Language language = mentor.get().getLanguage();
        Locale locale = Locale.forLanguageTag(language.code());
        Optional<Course> course = plans.course();
        List<String> titles = certificate.get().getModuleIds().stream()
                .map(id -> course.flatMap(c -> c.module(id)).flatMap(m -> m.title().find(language)).orElse(id))
                .toList();
        CertificatePdf.write(new CertificatePdf.Content(certificate.get().getMentorName(),
                        course.map(c -> c.title().in(language)).orElse(""), certificate.get().getPeriodFrom(),
                        certificate.get().getPeriodTo(), titles, certificate.get().getCode(),
                        publicUrl.to("/course/verify.xhtml"), locale),
                (key, arguments) -> Messages.get(locale, key, arguments), out);
        return true;
    }
}
