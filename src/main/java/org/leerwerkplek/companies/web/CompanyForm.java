package org.leerwerkplek.companies.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.leerwerkplek.companies.CompanyView;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.FieldProblem;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.web.FacesMessages;

/**
 * The fields of a company form (new company and edit), with any number of contacts; checks
 * everything at once and shows a message per wrong field.
 */
public final class CompanyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String number;
    private String name;
    private String street;
    private String postalCode;
    private String city;
    private Province province;
    private Subsector[] subsectors = new Subsector[0];
    private Integer employees;
    private boolean recognised;
    private LearningSystem[] systems = new LearningSystem[0];
    private String advisor;
    private final List<ContactFields> contacts = new ArrayList<>();

    /** An empty form with one empty contact. */
    public CompanyForm() {
        contacts.add(new ContactFields());
    }

    /** The form filled with a company's details, to change them. */
    static CompanyForm of(CompanyView view) {
        CompanyDetails d = view.details();
        CompanyForm form = new CompanyForm();
        form.number = d.number().formatted();
        form.name = d.name();
        form.street = d.street();
        form.postalCode = d.postalCode();
        form.city = d.city();
        form.province = d.province();
        form.subsectors = d.subsectors().toArray(new Subsector[0]);
        form.employees = d.employees().orElse(null);
        form.recognised = d.recognised();
        form.systems = d.systems().toArray(new LearningSystem[0]);
        form.advisor = d.advisor().orElse(null);
        form.contacts.clear();
        d.contacts().forEach(c -> form.contacts.add(ContactFields.of(c)));
        return form;
    }

    /**
     * The details when they are right; otherwise empty, with a message per wrong field. Contact
     * rows left wholly empty are dropped.
     */
    Optional<CompanyDetails> details() {
        Optional<EnterpriseNumber.Problem> problem = EnterpriseNumber.problem(number);
        if (problem.isPresent()) {
            FacesMessages.error(problem.get().messageKey(), number == null ? "" : number.trim());
            return Optional.empty();
        }
        List<Contact> given = contacts.stream().filter(c -> !c.isEmpty()).map(ContactFields::contact).toList();
        CompanyDetails details = new CompanyDetails(EnterpriseNumber.parse(number), name, street, postalCode, city,
                province, subsectors.length == 0 ? EnumSet.noneOf(Subsector.class) : EnumSet.copyOf(List.of(subsectors)),
                Optional.ofNullable(employees), recognised,
                systems.length == 0 ? EnumSet.noneOf(LearningSystem.class) : EnumSet.copyOf(List.of(systems)),
                Optional.ofNullable(advisor), given);
        List<FieldProblem> problems = details.problems();
        problems.forEach(p -> FacesMessages.error(p.messageKey(), p.arguments()));
        return problems.isEmpty() ? Optional.of(details) : Optional.empty();
    }

    public void addContact() {
        contacts.add(new ContactFields());
    }

    public void removeContact(ContactFields contact) {
        contacts.remove(contact);
    }

    public List<ContactFields> getContacts() {
        return contacts;
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public Province getProvince() { return province; }
    public void setProvince(Province province) { this.province = province; }
    public Subsector[] getSubsectors() { return subsectors.clone(); }
    public void setSubsectors(Subsector[] subsectors) { this.subsectors = subsectors == null ? new Subsector[0] : subsectors.clone(); }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public boolean isRecognised() { return recognised; }
    public void setRecognised(boolean recognised) { this.recognised = recognised; }
    public LearningSystem[] getSystems() { return systems.clone(); }
    public void setSystems(LearningSystem[] systems) { this.systems = systems == null ? new LearningSystem[0] : systems.clone(); }
    public String getAdvisor() { return advisor; }
    public void setAdvisor(String advisor) { this.advisor = advisor; }

    /** One contact row of the form. */
    public static final class ContactFields implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String role;
        private String email;
        private String phone;
        private String language = "nl";

        static ContactFields of(Contact contact) {
            ContactFields fields = new ContactFields();
            fields.name = contact.name();
            fields.role = contact.role();
            fields.email = contact.email();
            fields.phone = contact.phone();
            fields.language = contact.language();
            return fields;
        }

        boolean isEmpty() {
            return blank(name) && blank(role) && blank(email) && blank(phone);
        }

        Contact contact() {
            return new Contact(name == null ? "" : name.trim(), role, email, phone, language);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
        public String getLanguage() { return language; }
        public void setLanguage(String language) { this.language = language; }
    }
}
