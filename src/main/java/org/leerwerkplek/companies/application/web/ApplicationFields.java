package org.leerwerkplek.companies.application.web;

import java.util.EnumSet;
import java.util.List;
import org.leerwerkplek.companies.application.ApplicationForm;
import org.leerwerkplek.companies.application.MentorIntent;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.Subsector;

/** The fields of the public application form as the page binds them. */
public class ApplicationFields {

    private String number;
    private String name;
    private String street;
    private String postalCode;
    private String city;
    private Province province;
    private Subsector[] activities = new Subsector[0];
    private Integer employees;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private String contactLanguage;
    private LearningSystem[] learningForms = new LearningSystem[0];
    private MentorIntent mentor;
    private String question;
    private String honeypot;

    ApplicationFields(String language) {
        this.contactLanguage = language;
    }

    ApplicationForm form() {
        return new ApplicationForm(number, name, street, postalCode, city, province,
                activities.length == 0 ? EnumSet.noneOf(Subsector.class) : EnumSet.copyOf(List.of(activities)), employees,
                contactName, contactEmail, contactPhone, contactLanguage,
                learningForms.length == 0 ? EnumSet.noneOf(LearningSystem.class) : EnumSet.copyOf(List.of(learningForms)),
                mentor, question, honeypot);
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
    public Subsector[] getActivities() { return activities.clone(); }
    public void setActivities(Subsector[] activities) { this.activities = activities == null ? new Subsector[0] : activities.clone(); }
    public Integer getEmployees() { return employees; }
    public void setEmployees(Integer employees) { this.employees = employees; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
    public String getContactLanguage() { return contactLanguage; }
    public void setContactLanguage(String contactLanguage) { this.contactLanguage = contactLanguage; }
    public LearningSystem[] getLearningForms() { return learningForms.clone(); }
    public void setLearningForms(LearningSystem[] learningForms) {
        this.learningForms = learningForms == null ? new LearningSystem[0] : learningForms.clone();
    }
    public MentorIntent getMentor() { return mentor; }
    public void setMentor(MentorIntent mentor) { this.mentor = mentor; }
    public String getQuestion() { return question; }
    public void setQuestion(String question) { this.question = question; }
    public String getHoneypot() { return honeypot; }
    public void setHoneypot(String honeypot) { this.honeypot = honeypot; }
}
