package org.leerwerkplek.platform.security;

import java.io.Serializable;
import java.util.Set;

/** The signed-in caller as kept in the HTTP session between page requests. */
record SessionCaller(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = "lwp.caller";

    SessionCaller {
        groups = Set.copyOf(groups);
    }
}
