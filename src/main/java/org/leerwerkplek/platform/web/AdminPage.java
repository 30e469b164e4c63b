package org.leerwerkplek.platform.web;

import java.util.Objects;

/**
 * A page of Administration ({@code /admin/*}, admins only), in the administration's navigation:
 * the platform's own and those a part contributes ({@code platform.part.Part#adminPages()}).
 *
 * @param page     the page, e.g. {@code /admin/users.xhtml}
 * @param labelKey the key of its label in the texts
 * @param order    its place in the navigation, lower first
 */
public record AdminPage(String page, String labelKey, int order) {

    public AdminPage {
        Objects.requireNonNull(labelKey);
        if (page == null || !page.startsWith("/admin/")) {
            throw new IllegalArgumentException("An admin page lies in /admin/: " + page);
        }
    }
}
