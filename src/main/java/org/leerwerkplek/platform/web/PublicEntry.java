package org.leerwerkplek.platform.web;

import java.util.Objects;

/**
 * A page anyone may open without an account that a part offers on the sign-in page
 * ({@code platform.part.Part#publicEntries()}): an employer's application, a mentor's registration.
 *
 * @param page     the page, e.g. {@code /<folder>/index.xhtml}
 * @param labelKey the key of its link text
 * @param order    its place in the list, lower first
 */
public record PublicEntry(String page, String labelKey, int order) {

    public PublicEntry {
        Objects.requireNonNull(labelKey);
        if (page == null || !page.startsWith("/") || !page.endsWith(".xhtml")) {
            throw new IllegalArgumentException("A public entry is a page of the application: " + page);
        }
    }
}
