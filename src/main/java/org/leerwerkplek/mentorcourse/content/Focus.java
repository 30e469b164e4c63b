package org.leerwerkplek.mentorcourse.content;

import java.util.Optional;

/**
 * What a module is about, and what a mentor chose to revisit: didactics (how to guide and
 * teach), technique (trade technique and site organisation) or both.
 */
public enum Focus {
    DIDACTIEK("didactiek"),
    TECHNIEK("techniek"),
    BOTH("both");

    private final String code;

    Focus(String code) {
        this.code = code;
    }

    /** The code used in the module files. */
    public String code() {
        return code;
    }

    /** The focus with this code, or empty for any other text. */
    public static Optional<Focus> fromCode(String code) {
        for (Focus focus : values()) {
            if (focus.code.equals(code)) {
                return Optional.of(focus);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a module with this focus suits a mentor who chose {@code mentorFocus}: a module on
     * both suits every mentor, and a mentor who chose both gets every module.
     */
    public boolean suits(Focus mentorFocus) {
        return this == BOTH || mentorFocus == BOTH || this == mentorFocus;
    }
}
