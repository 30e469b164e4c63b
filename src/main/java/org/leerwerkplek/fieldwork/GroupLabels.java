package org.leerwerkplek.fieldwork;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.leerwerkplek.companies.register.Province;
import org.leerwerkplek.companies.register.SizeClass;
import org.leerwerkplek.companies.register.Subsector;
import org.leerwerkplek.platform.i18n.Messages;
import org.leerwerkplek.surveys.definition.model.Instrument;
import org.leerwerkplek.surveys.definition.model.Language;
import org.leerwerkplek.surveys.definition.model.Option;

/**
 * The words for the values of a subgroup dimension on the fieldwork monitor, in the reader's
 * language. Invitees picked from the register carry the register's codes (size class, activity,
 * province: {@code FROM_0_TO_4}, {@code DAKWERKEN}, {@code BRUSSEL}), a CSV usually the
 * instrument's answer codes ({@code W1_4}); each is named as the register or the instrument names
 * it. Any other value written as a code, in capitals and underscores ({@code VLAANDEREN}, a region
 * outside the instrument's provinces), reads as words ("Vlaanderen"); other free text of a CSV
 * ("klein", {@code W1_4} without an instrument) is shown as it was given.
 */
public final class GroupLabels {

    /** A label and the language it is written in, when that is not the reader's (instrument texts have no English). */
    public record Label(String text, String lang) {
    }

    private final Optional<Instrument> instrument;
    private final Locale locale;
    private final Language language;

    public GroupLabels(Optional<Instrument> instrument, Locale locale) {
        this.instrument = instrument;
        this.locale = Messages.supported(locale);
        this.language = Language.fromCode(this.locale.getLanguage()).orElse(Language.NL);
    }

    /**
     * The groups of a test in the order people expect them: the register's order (size classes
     * from small to large, provinces as the register lists them), else the order of the
     * instrument's answers, else alphabetically by label.
     */
    public List<Representativeness.Group> ordered(Dimension dimension, List<Representativeness.Group> groups) {
        return groups.stream()
                .sorted(Comparator.comparingInt((Representativeness.Group g) -> rank(dimension, g.value()))
                        .thenComparing(g -> label(dimension, g.value()).text(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private int rank(Dimension dimension, String value) {
        Optional<Integer> register = switch (dimension) {
            case SIZE_CLASS -> ordinal(SizeClass.class, value);
            case SUBSECTOR -> ordinal(Subsector.class, value);
            case REGION -> ordinal(Province.class, value);
        };
        if (register.isPresent()) {
            return register.get();
        }
        return instrument.flatMap(i -> i.analysis().subgroups().stream()
                        .flatMap(code -> i.question(code).stream())
                        .filter(question -> question.option(value).isPresent())
                        .findFirst()
                        .map(question -> 1000 + question.choices().all().stream().map(Option::code).toList()
                                .indexOf(value)))
                .orElse(Integer.MAX_VALUE);
    }

    private static <E extends Enum<E>> Optional<Integer> ordinal(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.of(constant.ordinal());
            }
        }
        return Optional.empty();
    }

    /** The label of {@code value} of {@code dimension}. */
    public Label label(Dimension dimension, String value) {
        String key = switch (dimension) {
            case SIZE_CLASS -> "company.size." + value;
            case SUBSECTOR -> "company.subsector." + value;
            case REGION -> "company.province." + value;
        };
        String register = Messages.get(locale, key);
        if (!register.equals(key)) {
            return new Label(register, null);
        }
        Optional<Option> option = instrument.flatMap(i -> i.analysis().subgroups().stream()
                .flatMap(code -> i.question(code).stream())
                .flatMap(question -> question.option(value).stream())
                .findFirst());
        if (option.isEmpty()) {
            return new Label(readable(value), null);
        }
        boolean translated = option.get().label().languages().contains(language);
        return new Label(option.get().label().in(language), translated ? null : Language.NL.code());
    }

    /** A value written as a code ({@code NIET_GEKEND}) as words ("Niet gekend"); any other value as it is. */
    static String readable(String value) {
        if (value == null || !value.matches("[A-Z]{2,}(_[A-Z]+)*")) {
            return value;
        }
        String words = value.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
