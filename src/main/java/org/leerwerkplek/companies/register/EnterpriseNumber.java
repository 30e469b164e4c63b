package org.leerwerkplek.companies.register;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.leerwerkplek.platform.DomainException;

/**
 * A Belgian enterprise number (ondernemingsnummer): ten digits, the first 0 or 1, the last two a
 * check on the first eight: {@code 97 - (first eight mod 97)}. Written with or without dots,
 * spaces or dashes and with or without a leading {@code BE} ({@code BE 0403.170.701},
 * {@code 0403170701}); an old nine-digit number gets its leading 0. Kept as the ten digits.
 */
public record EnterpriseNumber(String digits) {

    /** What can be wrong with a written number; each has its message in the bundle. */
    public enum Problem {
        EMPTY("company.number.empty"),
        NOT_TEN_DIGITS("company.number.format"),
        FIRST_DIGIT("company.number.firstDigit"),
        CHECK_DIGITS("company.number.check");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public EnterpriseNumber {
        Objects.requireNonNull(digits, "digits");
        Optional<Problem> problem = problemOfDigits(digits);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(digits + ": " + problem.get());
        }
    }

    /**
     * Reads a written number.
     *
     * @throws DomainException (invalid) naming what is wrong, with the text as given
     */
    public static EnterpriseNumber parse(String text) {
        Optional<Problem> problem = problem(text);
        if (problem.isPresent()) {
            throw new DomainException(DomainException.Kind.INVALID, problem.get().messageKey(), text == null ? "" : text.trim());
        }
        return new EnterpriseNumber(normalise(text));
    }

    /** What is wrong with a written number; empty when it is a valid number. */
    public static Optional<Problem> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Problem.EMPTY);
        }
        return problemOfDigits(normalise(text));
    }

    /** The formatted number: {@code 0403.170.701}. */
    public String formatted() {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    @Override
    public String toString() {
        return formatted();
    }

    /** The text without {@code BE}, dots, spaces and dashes; a nine-digit number gets its leading 0. */
    static String normalise(String text) {
        String compact = text.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-/]", "");
        if (compact.startsWith("BE")) {
            compact = compact.substring(2);
        }
        if (compact.length() == 9 && compact.chars().allMatch(Character::isDigit)) {
            compact = "0" + compact;
        }
        return compact;
    }

    private static Optional<Problem> problemOfDigits(String digits) {
        if (digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Problem.NOT_TEN_DIGITS);
        }
        if (digits.charAt(0) != '0' && digits.charAt(0) != '1') {
            return Optional.of(Problem.FIRST_DIGIT);
        }
        long base = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return check == 97 - (int) (base % 97) ? Optional.empty() : Optional.of(Problem.CHECK_DIGITS);
    }
}
