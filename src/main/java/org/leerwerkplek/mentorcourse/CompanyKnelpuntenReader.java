package org.leerwerkplek.mentorcourse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.leerwerkplek.companies.CompanyKnelpunten;
import org.leerwerkplek.fieldwork.CompanyResponses;
import org.leerwerkplek.mentorcourse.delivery.Knelpunten;
import org.leerwerkplek.surveys.ResponseService;

/**
 * The knelpunten of a mentor's company, whose modules move up in the mentor's course: those
 * ticked on the company's most recent fiche (companies part) and those the employer agreed with
 * in a submitted employer questionnaire that reached it through a fieldwork invitation
 * (fieldwork part for which responses, surveys part for their answers). The mapping from
 * knelpunt to modules is data in {@code mentor-course/course.yaml}.
 */
@ApplicationScoped
public class CompanyKnelpuntenReader {

    @Inject
    CompanyKnelpunten fiches;

    @Inject
    CompanyResponses questionnaires;

    @Inject
    ResponseService responses;

    /** The knelpunt codes of the company, in code order; empty when neither source names one. */
    public Set<String> of(long companyId) {
        Set<String> codes = new TreeSet<>(fiches.ofLatestFiche(companyId));
        for (long responseId : questionnaires.submitted(companyId)) {
            responses.openEntry(responseId).ifPresent(response -> codes.addAll(Knelpunten.agreedWith(response.answers())));
        }
        return codes;
    }

    /**
     * {@link #of(long)} of many companies in a few set queries (a course run reads those of all its
     * due mentors' companies at once): by company, each in code order, empty when neither source names one.
     */
    public Map<Long, Set<String>> of(Collection<Long> companyIds) {
        Map<Long, Set<String>> codes = new HashMap<>();
        companyIds.forEach(company -> codes.put(company, new TreeSet<>()));
        fiches.ofLatestFiches(companyIds).forEach((company, ticked) ->
                codes.computeIfAbsent(company, id -> new TreeSet<>()).addAll(ticked));
        questionnaires.submitted(companyIds).forEach((company, responseIds) -> {
            for (long responseId : responseIds) {
                responses.openEntry(responseId).ifPresent(response ->
                        codes.computeIfAbsent(company, id -> new TreeSet<>()).addAll(Knelpunten.agreedWith(response.answers())));
            }
        });
        return codes;
    }
}
