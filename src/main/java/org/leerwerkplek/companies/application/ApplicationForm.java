package org.leerwerkplek.companies.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.leerwerkplek.companies.register.CompanyDetails;
import org.leerwerkplek.companies.register.Contact;
import org.leerwerkplek.companies.register.EnterpriseNumber;
import org.leerwerkplek.companies.register.FieldProblem;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.Subsector;

/**
 * What an employer fills in on the public application form, as given. {@link #problems()} lists
 * every wrong field at once (each named as the form's field), so the page marks them all;
 * {@link #details} turns a right one into the register's details of a new company.
 *
 * @param honeypot a field people do not see (hidden by the page); a robot that fills it is refused
 */
public record ApplicationForm(String number, String name, String street, String postalCode, String city,
                              Province province, Set<Subsector> activities, Integer employees,
                              String contactName, String contactEmail, String contactPhone, String contactLanguage,
                              Set<LearningSystem> learningForms, MentorIntent mentor, String question,
                              String honeypot) {

    public static final int MAX_QUESTION = 2000;
    public static final int MAX_PHONE = 40;
    public static final int MAX_EMAIL = 254;
    /** The languages an applicant can be written to in. */
    public static final List<String> LANGUAGES = List.of("nl", "fr", "en");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+");
    private static final Pattern POSTAL_CODE = Pattern.compile("[1-9][0-9]{3}");

    public ApplicationForm {
        number = trim(number);
        name = trim(name);
        street = trim(street);
        postalCode = trim(postalCode);
        city = trim(city);
        activities = activities == null || activities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(activities));
        contactName = trim(contactName);
        contactEmail = trim(contactEmail);
        contactPhone = trim(contactPhone);
        contactLanguage = trim(contactLanguage).toLowerCase(java.util.Locale.ROOT);
        learningForms = learningForms == null || learningForms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(learningForms));
        question = trim(question);
        honeypot = trim(honeypot);
    }

    /** Whether the hidden field was filled: only a robot does that. */
    public boolean isRobot() {
        return !honeypot.isEmpty();
    }

    /** The enterprise number, when it is a valid one. */
    public Optional<EnterpriseNumber> enterpriseNumber() {
        return EnterpriseNumber.problem(number).isEmpty() ? Optional.of(EnterpriseNumber.parse(number)) : Optional.empty();
    }

    /** Everything wrong, field by field (the field names of the form); empty when it can be stored. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        EnterpriseNumber.problem(number).ifPresent(p -> problems.add(new FieldProblem("number", p.messageKey(), number)));
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "company.name.required"));
        }
        for (String[] text : new String[][] {{"name", name}, {"street", street}, {"city", city}, {"contactName", contactName}}) {
            if (text[1].length() > CompanyDetails.MAX_TEXT) {
                problems.add(new FieldProblem(text[0], "company.tooLong", CompanyDetails.MAX_TEXT));
            }
        }
        if (!postalCode.isEmpty() && !POSTAL_CODE.matcher(postalCode).matches()) {
            problems.add(new FieldProblem("postalCode", "company.postalCode", postalCode));
        }
        if (province == null) {
            problems.add(new FieldProblem("province", "company.province.required"));
        }
        if (employees != null && (employees < 0 || employees > CompanyDetails.MAX_EMPLOYEES)) {
            problems.add(new FieldProblem("employees", "company.employees.range", CompanyDetails.MAX_EMPLOYEES));
        }
        if (contactName.isEmpty()) {
            problems.add(new FieldProblem("contactName", "company.contact.name"));
        }
        if (contactEmail.isEmpty()) {
            problems.add(new FieldProblem("contactEmail", "application.email.required"));
        } else if (contactEmail.length() > MAX_EMAIL || !EMAIL.matcher(contactEmail).matches()) {
            problems.add(new FieldProblem("contactEmail", "company.contact.email", contactEmail));
        }
        if (contactPhone.length() > MAX_PHONE) {
            problems.add(new FieldProblem("contactPhone", "company.tooLong", MAX_PHONE));
        }
        if (!LANGUAGES.contains(contactLanguage)) {
            problems.add(new FieldProblem("contactLanguage", "application.language.required"));
        }
        if (mentor == null) {
            problems.add(new FieldProblem("mentor", "application.mentor.required"));
        }
        if (question.length() > MAX_QUESTION) {
            problems.add(new FieldProblem("question", "company.tooLong", MAX_QUESTION));
        }
        return List.copyOf(problems);
    }

    /**
     * The register's details of the company this form describes, with the applicant as its one
     * contact and {@code advisor} assigned. Not recognised for a system yet: the forms it names are
     * what it is interested in, not what it is recognised for.
     */
    public CompanyDetails details(Optional<String> advisor) {
        return new CompanyDetails(EnterpriseNumber.parse(number), name, street, postalCode, city, province,
                activities, Optional.ofNullable(employees), false, Set.of(), advisor,
                List.of(new Contact(contactName, "", contactEmail, contactPhone, contactLanguage)));
    }

    private static String trim(String text) {
        return text == null ? "" : text.strip();
    }
}
