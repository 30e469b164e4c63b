package org.leerwerkplek.mentorcourse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.mentorcourse.certificate.FollowUpCycle;
import org.leerwerkplek.mentorcourse.content.Focus;
import org.leerwerkplek.mentorcourse.delivery.Frequency;
import org.leerwerkplek.platform.audit.Actor;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditEntry;
import org.leerwerkplek.platform.security.SecretToken;

/**
 * A mentor's certificate as PDF by its personal link ({@link MentorCourseWorld}: the repository's
 * course, everything in memory), with the certificate of its first cycle year in store as
 * {@link CertificateService} issues it.
 */
class CertificateDownloadTest {

    private static final String CODE = "K7QM-3RTA-WX9E";

    private MentorCourseWorld world;
    private CertificateDownload download;
    private String token;
    private Mentor mentor;
    private MentorCertificate certificate;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        world = new MentorCourseWorld();
        download = new CertificateDownload(world.links, world.plans, world.certificates, world.publicUrl, world.audit);
        token = world.follower("an@bouw.be", Frequency.YEARLY, Focus.DIDACTIEK);
        mentor = world.mentor("an@bouw.be");
        certificate = world.store.persist(new MentorCertificate(mentor.getId(), mentor.getName(),
                new FollowUpCycle.Completed(1, LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 1),
                        List.of("leerproces-structureren")), CODE, world.clock.instant()));
    }

    private List<AuditEntry> exports() {
        return world.audit.entries(AuditAction.EXPORT);
    }

    @Test
    void anUnknownLinkGetsNothingAndNothingIsRecorded() {
        assertFalse(download.certificatePdf(SecretToken.generate(), 1, out));
        assertFalse(download.certificatePdf("not-a-token", 1, out));

        assertEquals(0, out.size());
        assertEquals(List.of(), exports());
    }

    @Test
    void aYearWithoutCertificateGetsNothingAndNothingIsRecorded() {
        assertFalse(download.certificatePdf(token, 2, out));

        assertEquals(0, out.size());
        assertEquals(List.of(), exports());
    }

    @Test
    void aCertificateIsWrittenAsPdfAndRecordedAsAnExport() throws Exception {
        assertTrue(download.certificatePdf(token, 1, out));

        byte[] pdf = out.toByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        reader.close();
        assertTrue(text.contains("An Peeters"), text);
        assertTrue(text.contains("Het leerproces structureren"), "the module by its title, not its id: " + text);
        assertTrue(text.contains(CODE), text);
        assertEquals(1, exports().size());
        AuditEntry export = exports().get(0);
        assertEquals(MentorAudit.CERTIFICATE, export.objectKind());
        assertEquals(String.valueOf(certificate.getId()), export.objectId());
        assertEquals(Actor.mentor(mentor.getId()), export.actor());
    }
}
