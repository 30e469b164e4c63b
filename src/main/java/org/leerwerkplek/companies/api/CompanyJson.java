package org.leerwerkplek.companies.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.DomainException;

/** The JSON shapes of the companies API and their conversion to and from the register's values. */
final class CompanyJson {

    private CompanyJson() {
    }

    /** A contact as the API reads and writes it; the limits are those of the table {@code company_contact}. */
    public record ContactBody(@Size(max = CompanyDetails.MAX_TEXT) String name,
                              @Size(max = CompanyDetails.MAX_TEXT) String role,
                              @Size(max = 254) String email,
                              @Size(max = 40) String phone,
                              @Size(max = 5) String language) {
    }

    /**
     * A company as the API reads it. Codes as in the register ({@code ANTWERPEN}, {@code RUWBOUW});
     * {@code version} only when changing. The limits are those of the table {@code company}.
     */
    public record CompanyBody(@Size(max = 20) String enterpriseNumber,
                              @Size(max = CompanyDetails.MAX_NAME) String name,
                              @Size(max = CompanyDetails.MAX_TEXT) String street,
                              @Size(max = 10) String postalCode,
                              @Size(max = CompanyDetails.MAX_TEXT) String city,
                              @Size(max = 20) String province,
                              @Size(max = 20) List<@NotNull @Size(max = 20) String> subsectors,
                              Integer employees, Boolean recognised,
                              @Size(max = 20) List<@NotNull @Size(max = 30) String> systems,
                              @Size(max = 64) String advisor,
                              @Size(max = 50) List<@NotNull @Valid ContactBody> contacts,
                              Long version) {
    }

    /** A company as the API writes it. */
    public record CompanyOut(long id, long version, String enterpriseNumber, String name, String street,
                             String postalCode, String city, String province, List<String> subsectors,
                             Integer employees, String sizeClass, boolean recognised, List<String> systems,
                             String advisor, List<ContactBody> contacts, String suitability,
                             boolean pseudonymised, boolean editable) {
    }

    static CompanyDetails details(CompanyBody body) {
        if (body == null) {
            throw new DomainException(DomainException.Kind.INVALID, "company.name.required");
        }
        Province province = body.province() == null || body.province().isBlank() ? null
                : Province.fromCode(body.province())
                .orElseThrow(() -> new DomainException(DomainException.Kind.INVALID, "company.province.unknown", body.province()));
        Set<Subsector> subsectors = Optional.ofNullable(body.subsectors()).orElse(List.of()).stream()
                .map(code -> Subsector.fromCode(code).orElseThrow(() ->
                        new DomainException(DomainException.Kind.INVALID, "company.subsector.unknown", code)))
                .collect(Collectors.toSet());
        Set<LearningSystem> systems = Optional.ofNullable(body.systems()).orElse(List.of()).stream()
                .map(code -> LearningSystem.fromCode(code).orElseThrow(() ->
                        new DomainException(DomainException.Kind.INVALID, "company.system.unknown", code)))
                .collect(Collectors.toSet());
        List<Contact> contacts = Optional.ofNullable(body.contacts()).orElse(List.of()).stream()
                .map(c -> new Contact(c.name() == null ? "" : c.name().trim(), c.role(), c.email(), c.phone(), c.language()))
                .toList();
        return new CompanyDetails(EnterpriseNumber.parse(body.enterpriseNumber()), body.name(), body.street(),
                body.postalCode(), body.city(), province, subsectors, Optional.ofNullable(body.employees()),
                Boolean.TRUE.equals(body.recognised()), systems, Optional.ofNullable(body.advisor()), contacts);
    }

    static CompanyOut out(CompanyView view) {
        CompanyDetails d = view.details();
        return new CompanyOut(view.id(), view.version(), d.number().formatted(), d.name(), d.street(), d.postalCode(),
                d.city(), d.province().name(), d.subsectors().stream().map(Enum::name).sorted().toList(),
                d.employees().orElse(null), d.sizeClass().map(Enum::name).orElse(null), d.recognised(),
                d.systems().stream().map(Enum::name).sorted().toList(), d.advisor().orElse(null),
                d.contacts().stream().map(c -> new ContactBody(c.name(), c.role(), c.email(), c.phone(), c.language()))
                        .toList(), view.suitability(), view.pseudonymised(), view.editable());
    }
}
