package org.leerwerkplek.platform.web;

import jakarta.enterprise.inject.spi.CDI;

/**
 * Links to pages of this application as a person outside it receives them (in a mail, a
 * newsletter, a calendar): they start with the public address ({@link PublicUrl}), whichever
 * address the current request came to.
 */
public final class AbsoluteLinks {

    private AbsoluteLinks() {
    }

    /** The absolute URL of {@code path} (starting with {@code /}) at the application's public address. */
    public static String to(String path) {
        return CDI.current().select(PublicUrl.class).get().to(path);
    }
}
