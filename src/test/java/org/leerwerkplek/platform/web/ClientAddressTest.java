package org.leerwerkplek.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.leerwerkplek.platform.config.InvalidSettingException;
import org.leerwerkplek.platform.config.PlatformSettings;

class ClientAddressTest {

    private static final Set<String> BALANCERS = Set.of("10.0.0.5", "10.0.0.6");

    private static String of(String peer, String... headers) {
        return ClientAddress.of(peer, Collections.enumeration(List.of(headers)), BALANCERS);
    }

    @Test
    void withoutATrustedProxyTheConnectionsAddressCountsAndTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", of("203.0.113.9", "198.51.100.1"));
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9",
                Collections.enumeration(List.of("198.51.100.1")), Set.of()));
    }

    @Test
    void behindTheBalancerTheAddressItAddedCounts() {
        assertEquals("198.51.100.1", of("10.0.0.5", "198.51.100.1"));
        assertEquals("198.51.100.1", of("10.0.0.5", "192.0.2.77, 198.51.100.1"), "what the client wrote itself is left of it");
        assertEquals("198.51.100.1", of("10.0.0.5", "192.0.2.77", "198.51.100.1"), "several header lines read as one list");
        assertEquals("198.51.100.1", of("10.0.0.6", "198.51.100.1, 10.0.0.5"), "one balancer behind another");
    }

    @Test
    void aBalancerWithoutOrWithABrokenHeaderCountsAsItself() {
        assertEquals("10.0.0.5", of("10.0.0.5"));
        assertEquals("10.0.0.5", of("10.0.0.5", "unknown"));
        assertEquals("198.51.100.1", of("10.0.0.5", "<script>, 198.51.100.1"));
    }

    @Test
    void theSettingListsAddressesAndRefusesAnythingElse() {
        assertEquals(Set.of("10.0.0.5", "::1"), settings(" 10.0.0.5 , ::1,").trustedProxies());
        assertEquals(Set.of(), settings("").trustedProxies());
        InvalidSettingException wrong = assertThrows(InvalidSettingException.class, () -> settings("10.0.0.5,lb.example"));
        assertEquals(true, wrong.getMessage().contains("LWP_HTTP_TRUSTED_PROXIES"), wrong.getMessage());
    }

    private static PlatformSettings settings(String trusted) {
        Map<String, String> values = Map.of(PlatformSettings.TRUSTED_PROXIES, trusted);
        return PlatformSettings.from(key -> Optional.ofNullable(values.get(key)));
    }
}
