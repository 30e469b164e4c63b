package org.leerwerkplek.fieldwork;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.leerwerkplek.companies.CompanyService;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.platform.audit.AuditAction;
import org.leerwerkplek.platform.audit.AuditLog;
import org.leerwerkplek.platform.security.UserService;

/**
 * Fills a wave that has not closed with invitees, from a CSV or from the company register, all or
 * nothing: any problem adds none.
 */
@ApplicationScoped
public class InviteeImport {

    /** The outcome of adding invitees: how many were added, or why none were. */
    public record AddOutcome(int added, List<LineProblem> problems) {

        public AddOutcome {
            problems = List.copyOf(problems);
        }
    }

    private WaveService waves;
    private FieldworkStore store;
    private BiFunction<UserService.Caller, Long, CompanyView> companies;
    private AuditLog audit;

    /** For the CDI proxy only. */
    protected InviteeImport() {
    }

    @Inject
    public InviteeImport(WaveService waves, FieldworkStore store, CompanyService companies, AuditLog audit) {
        this(waves, store, companies::forInvitation, audit);
    }

    /** @param companies the register's company with its real contacts, as the caller may see it */
    InviteeImport(WaveService waves, FieldworkStore store, BiFunction<UserService.Caller, Long, CompanyView> companies,
                  AuditLog audit) {
        this.waves = waves;
        this.store = store;
        this.companies = companies;
        this.audit = audit;
    }

    /** Adds the invitees of a CSV (format: {@link InviteeCsv}); any problem adds none. */
    @Transactional
    public AddOutcome importCsv(long waveId, Reader csv) throws IOException {
        Wave wave = waves.openWave(waveId);
        InviteeCsv.Parsed parsed = InviteeCsv.read(csv);
        if (!parsed.problems().isEmpty()) {
            return new AddOutcome(0, parsed.problems());
        }
        return add(wave, parsed.lines(), 2);
    }

    /**
     * Adds companies of the register, each with its first contact that has an e-mail address;
     * a company without one is a problem (for analysts the register leaves contacts out, so an
     * admin or advisor picks them).
     */
    @Transactional
    public AddOutcome addFromRegister(UserService.Caller caller, long waveId, List<Long> companyIds) {
        Wave wave = waves.openWave(waveId);
        List<InviteeLine> lines = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        for (int i = 0; i < companyIds.size(); i++) {
            CompanyView company = companies.apply(caller, companyIds.get(i));
            CompanyDetails details = company.details();
            Optional<Contact> contact = details.contacts().stream().filter(c -> !c.email().isBlank()).findFirst();
            if (contact.isEmpty()) {
                problems.add(LineProblem.of(i + 1, "fieldwork.import.noContact", details.name()));
                continue;
            }
            String language = contact.get().language();
            lines.add(new InviteeLine(details.name(), contact.get().name(), contact.get().email(),
                    language.equals("fr") || language.equals("en") ? language : "nl",
                    details.sizeClass().map(Enum::name).orElse(null),
                    details.subsectors().stream().map(Enum::name).sorted().findFirst().orElse(null),
                    details.province() == null ? null : details.province().name(), company.id()));
        }
        if (!problems.isEmpty()) {
            return new AddOutcome(0, problems);
        }
        return add(wave, lines, 1);
    }

    private AddOutcome add(Wave wave, List<InviteeLine> lines, int firstLine) {
        List<LineProblem> problems = InviteeList.check(lines, firstLine, store.emails(wave.id()));
        if (!problems.isEmpty()) {
            return new AddOutcome(0, problems);
        }
        store.insertInvitees(wave.id(), lines.stream().map(InviteeList::normalised).toList());
        audit.record(AuditAction.CREATE, FieldworkTrail.INVITEE, FieldworkTrail.invitees(wave.id(), "added", lines.size()),
                List.of());
        return new AddOutcome(lines.size(), List.of());
    }
}
