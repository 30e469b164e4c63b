package org.leerwerkplek.companies.register;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the register holds about a company, as a form, the API or a CSV line gives it. {@link
 * #problems()} lists everything wrong at once, so a form can mark every field and an import can
 * report every cell.
 *
 * @param employees the number of employees on the payroll; empty when unknown
 * @param advisor the user name of the assigned advisor; empty for none
 */
public record CompanyDetails(EnterpriseNumber number, String name, String street, String postalCode, String city,
                             Province province, Set<Subsector> subsectors, Optional<Integer> employees,
                             boolean recognised, Set<LearningSystem> systems, Optional<String> advisor,
                             List<Contact> contacts) {

    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 200;
    public static final int MAX_EMPLOYEES = 100_000;
    private static final Pattern POSTAL_CODE = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Set<String> LANGUAGES = Set.of("nl", "fr", "en", "de");

    public CompanyDetails {
        Objects.requireNonNull(number, "number");
        name = name == null ? "" : name.trim();
        street = street == null ? "" : street.trim();
        postalCode = postalCode == null ? "" : postalCode.trim();
        city = city == null ? "" : city.trim();
        subsectors = subsectors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(subsectors));
        Objects.requireNonNull(employees, "employees");
        systems = systems.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(systems));
        advisor = advisor.map(String::trim).filter(a -> !a.isEmpty());
        contacts = List.copyOf(contacts);
    }

    /** The size class of the number of employees, when known. */
    public Optional<SizeClass> sizeClass() {
        return employees.map(SizeClass::of);
    }

    /** Everything wrong, field by field; empty when the details can be stored. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "company.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "company.tooLong", MAX_NAME));
        }
        for (String[] text : new String[][] {{"street", street}, {"city", city}}) {
            if (text[1].length() > MAX_TEXT) {
                problems.add(new FieldProblem(text[0], "company.tooLong", MAX_TEXT));
            }
        }
        if (!postalCode.isEmpty() && !POSTAL_CODE.matcher(postalCode).matches()) {
            problems.add(new FieldProblem("postalCode", "company.postalCode", postalCode));
        }
        if (province == null) {
            problems.add(new FieldProblem("province", "company.province.required"));
        }
        employees.filter(e -> e < 0 || e > MAX_EMPLOYEES)
                .ifPresent(e -> problems.add(new FieldProblem("employees", "company.employees.range", MAX_EMPLOYEES)));
        if (recognised && systems.isEmpty()) {
            problems.add(new FieldProblem("systems", "company.systems.required"));
        }
        if (!recognised && !systems.isEmpty()) {
            problems.add(new FieldProblem("systems", "company.systems.notRecognised"));
        }
        advisor.filter(a -> a.length() > 64)
                .ifPresent(a -> problems.add(new FieldProblem("advisor", "company.tooLong", 64)));
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            String prefix = "contacts[" + i + "].";
            if (contact.name().isBlank()) {
                problems.add(new FieldProblem(prefix + "name", "company.contact.name"));
            }
            if (contact.name().length() > MAX_TEXT || contact.role().length() > MAX_TEXT
                    || contact.phone().length() > 40) {
                problems.add(new FieldProblem(prefix + "name", "company.tooLong", MAX_TEXT));
            }
            if (!contact.email().isEmpty() && (contact.email().length() > 254 || !EMAIL.matcher(contact.email()).matches())) {
                problems.add(new FieldProblem(prefix + "email", "company.contact.email", contact.email()));
            }
            if (!LANGUAGES.contains(contact.language())) {
                problems.add(new FieldProblem(prefix + "language", "company.contact.language", contact.language()));
            }
        }
        return List.copyOf(problems);
    }
}
