package org.leerwerkplek.analysis;

import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.platform.DomainException;
import org.leerwerkplek.surveys.definition.model.Language;

/**
 * What an analyst looks at: an instrument, read with one version or with every version whose codes
 * agree, over the responses of one fieldwork wave or all, real or demo data, everyone or one
 * subgroup, weighted or not, labelled in one language; the submitted responses only (the default) or
 * with the partial ones ({@code partials}: responses begun and not submitted, each counted in the
 * tables of the questions it answered). The dashboard, the report and the API all choose through it,
 * so they count the same respondents.
 */
public record Selection(String instrument, Optional<Integer> version, Optional<Long> wave, Tables.Source source,
                        Optional<Subgroup> subgroup, boolean weighted, Language language, boolean partials) {

    /** Only the respondents whose answer to {@code question} is {@code level}. */
    public record Subgroup(String question, String level) {

        /** Reads {@code QUESTION=LEVEL}. */
        public static Subgroup parse(String text) {
            int equals = text.indexOf('=');
            if (equals <= 0 || equals == text.length() - 1) {
                throw new DomainException(DomainException.Kind.INVALID, "analysis.badSubgroup", text);
            }
            return new Subgroup(text.substring(0, equals), text.substring(equals + 1));
        }

        @Override
        public String toString() {
            return question + "=" + level;
        }
    }

    /** Submitted responses only. */
    public Selection(String instrument, Optional<Integer> version, Optional<Long> wave, Tables.Source source,
                     Optional<Subgroup> subgroup, boolean weighted, Language language) {
        this(instrument, version, wave, source, subgroup, weighted, language, false);
    }

    public Selection {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(wave, "wave");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subgroup, "subgroup");
        Objects.requireNonNull(language, "language");
    }

    /** Every agreeing version, every wave, all data, everyone, unweighted. */
    public static Selection of(String instrument, Language language) {
        return new Selection(instrument, Optional.empty(), Optional.empty(), Tables.Source.ALL, Optional.empty(), false,
                language);
    }

    public Selection withVersion(Integer chosen) {
        return new Selection(instrument, Optional.ofNullable(chosen), wave, source, subgroup, weighted, language, partials);
    }

    public Selection withWave(Long chosen) {
        return new Selection(instrument, version, Optional.ofNullable(chosen), source, subgroup, weighted, language, partials);
    }

    public Selection withSource(Tables.Source chosen) {
        return new Selection(instrument, version, wave, chosen == null ? Tables.Source.ALL : chosen, subgroup, weighted,
                language, partials);
    }

    /** Restricted to {@code QUESTION=LEVEL}, or to no subgroup when {@code text} is blank. */
    public Selection withSubgroup(String text) {
        return new Selection(instrument, version, wave, source,
                text == null || text.isBlank() ? Optional.empty() : Optional.of(Subgroup.parse(text)), weighted,
                language, partials);
    }

    public Selection withWeighted(boolean chosen) {
        return new Selection(instrument, version, wave, source, subgroup, chosen, language, partials);
    }

    /** With the partial responses ({@code true}) or the submitted ones only. */
    public Selection withPartials(boolean chosen) {
        return new Selection(instrument, version, wave, source, subgroup, weighted, language, chosen);
    }
}
