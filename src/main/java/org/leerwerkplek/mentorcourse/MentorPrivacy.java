package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.leerwerkplek.companies.CompanyErased;
import org.leerwerkplek.platform.privacy.ErasedObject;
import org.leerwerkplek.platform.privacy.Person;
import org.leerwerkplek.platform.privacy.PersonalData;
import org.leerwerkplek.platform.privacy.PersonalRecord;
import org.leerwerkplek.platform.privacy.PrivacyService;

/**
 * The mentor course's personal data about one person, for access requests and erasure: the
 * mentor with the address (its details, progress and certificates), and for staff the mentors
 * they registered. Erasing a mentor removes its name, address and company, deletes its links and
 * takes the name off its certificates, whose verification then says "erased" (see
 * {@link MentorPrivacyStore#erase}); an erased account's user name leaves the mentors it
 * registered. When a company is erased with its people ({@link CompanyErased}), its mentors are
 * erased as persons too, in the same transaction.
 */
@ApplicationScoped
public class MentorPrivacy implements PersonalData {

    public static final String MENTOR = "mentor";
    public static final String CERTIFICATE = "mentor-certificate";

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    PrivacyService privacy;

    @Override
    public List<PersonalRecord> find(Person person) {
        List<PersonalRecord> records = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Optional<MentorPrivacyStore.MentorRow> found = MentorPrivacyStore.byEmail(connection, person.email());
            if (found.isPresent()) {
                MentorPrivacyStore.MentorRow mentor = found.get();
                records.add(new PersonalRecord(MENTOR, Long.toString(mentor.id()), fields(
                        "name", mentor.name(), "email", mentor.email(), "language", mentor.language(),
                        "company", mentor.companyName(), "role", mentor.role(),
                        "baseTraining", Boolean.toString(mentor.baseTraining()),
                        "baseTrainingOn", text(mentor.baseTrainingOn()), "frequency", mentor.frequency(),
                        "focus", mentor.focus(), "status", mentor.status(), "confirmedOn", text(mentor.confirmedOn()),
                        "registeredBy", mentor.registeredBy(), "registeredAt", text(mentor.createdAt()),
                        "unsubscribedAt", text(mentor.unsubscribedAt()))));
                for (MentorPrivacyStore.ProgressRow progress : MentorPrivacyStore.progress(connection, mentor.id())) {
                    records.add(new PersonalRecord("mentor-progress", mentor.id() + ":" + progress.moduleId(), fields(
                            "module", progress.moduleId(), "deliveredOn", text(progress.deliveredOn()),
                            "openedAt", text(progress.openedAt()), "completedAt", text(progress.completedAt()),
                            "quizCorrect", text(progress.quizCorrect()), "quizTotal", text(progress.quizTotal()))));
                }
                for (MentorPrivacyStore.CertificateRow certificate : MentorPrivacyStore.certificates(connection, mentor.id())) {
                    records.add(new PersonalRecord(CERTIFICATE, Long.toString(certificate.id()), fields(
                            "name", certificate.name(), "cycleYear", Integer.toString(certificate.cycleYear()),
                            "from", text(certificate.from()), "to", text(certificate.to()), "code", certificate.code(),
                            "issuedAt", text(certificate.issuedAt()))));
                }
            }
            if (person.username().isPresent()) {
                for (MentorPrivacyStore.MentorRow mentor : MentorPrivacyStore.registeredBy(connection, person.username().get())) {
                    records.add(new PersonalRecord(MENTOR, Long.toString(mentor.id()),
                            fields("registeredBy", mentor.registeredBy())));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the mentor course's personal data", e);
        }
        return records;
    }

    @Override
    public List<ErasedObject> erase(Person person) {
        List<ErasedObject> erased = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Optional<MentorPrivacyStore.MentorRow> found = MentorPrivacyStore.byEmail(connection, person.email());
            if (found.isPresent()) {
                long id = found.get().id();
                for (MentorPrivacyStore.CertificateRow certificate : MentorPrivacyStore.certificates(connection, id)) {
                    erased.add(new ErasedObject(CERTIFICATE, Long.toString(certificate.id())));
                }
                MentorPrivacyStore.erase(connection, id, clock.instant());
                erased.add(new ErasedObject(MENTOR, Long.toString(id)));
            }
            if (person.username().isPresent()) {
                for (MentorPrivacyStore.MentorRow mentor : MentorPrivacyStore.registeredBy(connection, person.username().get())) {
                    erased.add(new ErasedObject(MENTOR, Long.toString(mentor.id())));
                }
                MentorPrivacyStore.forgetRegistrar(connection, person.username().get());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot erase the mentor course's personal data", e);
        }
        return erased.stream().distinct().toList();
    }

    /** A company erased with its people: its mentors are erased as persons (also from the outbox and every other part). */
    void companyErased(@Observes CompanyErased company) {
        List<String> addresses = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            MentorPrivacyStore.ofCompany(connection, company.companyId()).forEach(m -> addresses.add(m.email()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the mentors of company " + company.companyId(), e);
        }
        addresses.forEach(privacy::erase);
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
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
