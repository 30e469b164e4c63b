package org.leerwerkplek.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FirstAdminTest {

    /** Two nodes on one empty database: each checks, both insert, the unique name lets one win. */
    private static final class SharedAccounts {
        final List<String> names = new ArrayList<>();

        Supplier<Optional<String>> node(boolean seesEmptyOnFirstTry) {
            boolean[] first = {true};
            return () -> {
                boolean empty = first[0] && seesEmptyOnFirstTry || names.isEmpty();
                first[0] = false;
                if (!empty) {
                    return Optional.empty();
                }
                if (names.contains("admin")) {
                    throw new IllegalStateException("duplicate key: admin");
                }
                names.add("admin");
                return Optional.of("generated");
            };
        }
    }

    @Test
    void theNodeThatLosesTheRaceStartsWithoutASecondAdmin() {
        SharedAccounts accounts = new SharedAccounts();
        assertEquals(Optional.of("generated"), FirstAdmin.ensure(accounts.node(true)));
        assertEquals(Optional.empty(), FirstAdmin.ensure(accounts.node(true)));
        assertEquals(List.of("admin"), accounts.names);
    }

    @Test
    void aFailureThatIsNotTheRaceIsReportedAsItWas() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> FirstAdmin.ensure(() -> {
                    throw new IllegalArgumentException("password too short");
                }));
        assertEquals("password too short", thrown.getMessage());
        assertEquals("password too short", thrown.getSuppressed()[0].getMessage());
    }
}
