package org.leerwerkplek.surveys.definition.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The options of a {@code single}, {@code multiple}, {@code ranking} or {@code yesno} question,
 * with the limits on choosing them. For other types it is {@link #EMPTY}.
 *
 * @param options the listed options (from {@code options:} or the named option set), in order
 * @param optionSet the name of the option set the options come from, if any
 * @param other the "other, namely" option, shown after the list
 * @param none the exclusive "none of these" option, shown last
 * @param filterOptionsBy the earlier {@code multiple} question whose chosen codes limit the options shown
 */
public record Choices(List<Option> options, Optional<String> optionSet, Optional<Option> other,
                      Optional<Option> none, OptionalInt minChoices, OptionalInt maxChoices,
                      OptionalInt rankCount, Optional<String> filterOptionsBy) {

    /** No options: the choices of a question that is not chosen from a list. */
    public static final Choices EMPTY = new Choices(List.of(), Optional.empty(), Optional.empty(),
            Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty());

    public Choices {
        options = List.copyOf(options);
        Objects.requireNonNull(optionSet, "optionSet");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(none, "none");
        Objects.requireNonNull(minChoices, "minChoices");
        Objects.requireNonNull(maxChoices, "maxChoices");
        Objects.requireNonNull(rankCount, "rankCount");
        Objects.requireNonNull(filterOptionsBy, "filterOptionsBy");
    }

    /** Only a fixed list of options, without limits. */
    public static Choices of(List<Option> options) {
        return new Choices(options, Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
    }

    /** Every option in display order: the listed options, then {@code other}, then {@code none}. */
    public List<Option> all() {
        if (other.isEmpty() && none.isEmpty()) {
            return options; // already unmodifiable; no copy (called per answer when responses are checked or counted)
        }
        List<Option> all = new ArrayList<>(options);
        other.ifPresent(all::add);
        none.ifPresent(all::add);
        return List.copyOf(all);
    }

    /** The codes of {@link #all()}. */
    public List<String> codes() {
        List<Option> all = all();
        String[] codes = new String[all.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = all.get(i).code();
        }
        return List.of(codes);
    }

    /** Whether one of {@link #all()} has {@code code}; without a copy of the options (called per checked answer). */
    public boolean hasCode(String code) {
        for (Option option : options) {
            if (option.code().equals(code)) {
                return true;
            }
        }
        return other.isPresent() && other.get().code().equals(code) || none.isPresent() && none.get().code().equals(code);
    }

    public Optional<Option> option(String code) {
        return all().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public boolean isOther(String code) {
        return other.map(o -> o.code().equals(code)).orElse(false);
    }

    public boolean isNone(String code) {
        return none.map(o -> o.code().equals(code)).orElse(false);
    }
}
