package org.leerwerkplek.mentorcourse.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The verification code printed on a certificate: twelve characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), in groups of four ({@code K7QM-3RTA-WX9E}); about 59 bits, so
 * codes cannot be guessed. Typed back in any case, with or without hyphens and spaces.
 */
public final class VerificationCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return format(code.toString());
    }

    /** The code as stored, from what someone typed; empty when it cannot be a code. */
    public static Optional<String> normalised(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(format(plain));
    }

    private static String format(String plain) {
        return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
    }
}
