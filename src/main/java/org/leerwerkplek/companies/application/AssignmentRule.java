package org.leerwerkplek.companies.application;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.leerwerkplek.companies.register.Province;

/**
 * Who gets a confirmed application: the advisor of the company it is linked to (that company's
 * advisor already knows it), otherwise the advisor the admin set for the company's province;
 * nobody when neither is known (the application waits in the queue until an advisor takes it).
 */
public record AssignmentRule(Map<Province, String> byProvince) {

    public AssignmentRule {
        byProvince = byProvince.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byProvince));
    }

    public Optional<String> assignee(Province province, Optional<String> advisorOfLinkedCompany) {
        Optional<String> known = advisorOfLinkedCompany.map(String::trim).filter(a -> !a.isEmpty());
        return known.isPresent() ? known : Optional.ofNullable(byProvince.get(province));
    }
}
