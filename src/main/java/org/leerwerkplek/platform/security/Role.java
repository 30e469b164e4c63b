package org.leerwerkplek.platform.security;

/** What a signed-in user may do; the names are the security role names of pages and endpoints. */
public enum Role {
    ADMIN,
    ADVISOR,
    ANALYST,
    MENTOR;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String ADVISOR_NAME = "ADVISOR";
    public static final String ANALYST_NAME = "ANALYST";
    public static final String MENTOR_NAME = "MENTOR";
}
