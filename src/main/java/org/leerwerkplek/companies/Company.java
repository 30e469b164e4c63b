package org.leerwerkplek.companies;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.SizeClass;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.DomainException;

/** A company in the register, with its latest suitability (its placements and their phases are the placements part's). */
@Entity
@Table(name = "company")
@NamedQuery(name = Company.BY_NUMBER, query = "select c from Company c where c.enterpriseNumber = :number")
@NamedQuery(name = Company.EXISTING_NUMBERS,
        query = "select c.enterpriseNumber from Company c where c.enterpriseNumber in :numbers")
@NamedNativeQuery(name = Company.FOLLOW_SUBSECTORS, query = CompanySubsectorRows.FOLLOW)
public class Company {

    static final String BY_NUMBER = "Company.byNumber";
    /** Copies the company's size class and suitability to its activity rows ({@link CompanySubsectorRows}). */
    static final String FOLLOW_SUBSECTORS = "Company.followSubsectors";
    static final String EXISTING_NUMBERS = "Company.existingNumbers";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enterprise_number", nullable = false, length = 10)
    private String enterpriseNumber;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "search_name", nullable = false, length = 200)
    private String searchName;

    @Column(length = 200)
    private String street;

    @Column(name = "postal_code", length = 4)
    private String postalCode;

    @Column(length = 200)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Province province;

    @Column(name = "subsector_codes", nullable = false, length = 200)
    private String subsectorCodes;

    @ElementCollection
    @CollectionTable(name = "company_subsector", joinColumns = @JoinColumn(name = "company_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "subsector", length = 20)
    private Set<Subsector> subsectors = EnumSet.noneOf(Subsector.class);

    /** The pieces of {@link #searchName} its search looks up ({@link CompanyNameParts}, migration V42), kept with it. */
    @ElementCollection
    @CollectionTable(name = "company_name_part", joinColumns = @JoinColumn(name = "company_id"))
    @Column(name = "part", length = CompanyNameParts.LONGEST)
    private Set<String> nameParts = new HashSet<>();

    @Column
    private Integer employees;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", length = 20)
    private SizeClass sizeClass;

    @Column(nullable = false)
    private boolean recognised;

    @ElementCollection
    @CollectionTable(name = "company_system", joinColumns = @JoinColumn(name = "company_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "learning_system", length = 30)
    private Set<LearningSystem> systems = EnumSet.noneOf(LearningSystem.class);

    @ElementCollection
    @CollectionTable(name = "company_contact", joinColumns = @JoinColumn(name = "company_id"))
    @OrderColumn(name = "sort_order")
    private List<ContactEntry> contacts = new ArrayList<>();

    @Column(length = 64)
    private String advisor;

    @Column(length = 40)
    private String suitability;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Company() {
    }

    Company(CompanyDetails details, Instant now) {
        this.createdAt = now;
        change(details, now);
        this.advisor = details.advisor().orElse(null);
    }

    /** Takes over the details, except the advisor (see {@link #assignTo(String, Instant)}). */
    void change(CompanyDetails details, Instant now) {
        this.enterpriseNumber = details.number().digits();
        this.name = details.name();
        this.searchName = details.name().toLowerCase(Locale.ROOT);
        Set<String> parts = CompanyNameParts.of(searchName);
        if (!nameParts.equals(parts)) {
            nameParts.retainAll(parts);
            nameParts.addAll(parts);
        }
        this.street = details.street();
        this.postalCode = details.postalCode();
        this.city = details.city();
        this.province = details.province();
        this.subsectors.clear();
        this.subsectors.addAll(details.subsectors());
        this.subsectorCodes = details.subsectors().stream().sorted().map(Enum::name).collect(Collectors.joining("|"));
        this.employees = details.employees().orElse(null);
        this.sizeClass = details.sizeClass().orElse(null);
        this.recognised = details.recognised();
        this.systems.clear();
        this.systems.addAll(details.systems());
        this.contacts.clear();
        details.contacts().forEach(c -> contacts.add(new ContactEntry(c)));
        this.updatedAt = now;
    }

    void assignTo(String advisor, Instant now) {
        this.advisor = advisor;
        this.updatedAt = now;
    }

    void assessed(String verdict, Instant now) {
        this.suitability = verdict;
        this.updatedAt = now;
    }

    /** Refuses a change made on an older copy than the one stored. */
    void requireVersion(long expected) {
        if (rowVersion != expected) {
            throw new DomainException(DomainException.Kind.CONFLICT, "company.changedMeanwhile");
        }
    }

    CompanyDetails details() {
        return new CompanyDetails(new EnterpriseNumber(enterpriseNumber), name, street, postalCode, city, province,
                subsectors.isEmpty() ? Set.of() : EnumSet.copyOf(subsectors), Optional.ofNullable(employees),
                recognised, systems.isEmpty() ? Set.of() : EnumSet.copyOf(systems), Optional.ofNullable(advisor),
                contacts.stream().map(ContactEntry::contact).toList());
    }

    public Long getId() {
        return id;
    }

    public String getEnterpriseNumber() {
        return enterpriseNumber;
    }

    public String getName() {
        return name;
    }

    public String getAdvisor() {
        return advisor;
    }

    public String getSuitability() {
        return suitability;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
