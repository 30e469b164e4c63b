package org.leerwerkplek.companies.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.leerwerkplek.companies.register.LearningSystem;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.Subsector;

/**
 * A confirmed application as the queue shows it to an advisor or admin.
 *
 * @param inRegister whether a company with its enterprise number is in the register (it is linked, never doubled)
 * @param version    the version the page takes it at (a take on an older copy is a conflict)
 * @param takeable   whether the caller may take it (unassigned, assigned to the caller, or any for an admin)
 */
public record QueueItem(long id, ApplicationStatus status, String number, String name, String street, String postalCode,
                        String city, Province province, Set<Subsector> activities, Integer employees,
                        String contactName, String contactEmail, String contactPhone, String contactLanguage,
                        Set<LearningSystem> learningForms, MentorIntent mentor, String question, Instant confirmedAt,
                        Optional<String> assignedTo, Optional<Long> companyId, Optional<LocalDate> visitDate,
                        boolean inRegister, boolean takeable, long version) {
}
