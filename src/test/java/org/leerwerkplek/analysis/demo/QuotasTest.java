package org.leerwerkplek.analysis.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuotasTest {

    private static List<Profile> profiles(int size, long seed) {
        Quotas quotas = Quotas.plan(size, new SplittableRandom(seed));
        return IntStream.range(0, quotas.size()).mapToObj(quotas::profile).toList();
    }

    private static long count(List<Profile> profiles, Predicate<Profile> test) {
        return profiles.stream().filter(test).count();
    }

    @Test
    void aBlockOf305HasTheStudysCountsWhateverTheSeed() {
        for (long seed : new long[] {1, 2, 2017}) {
            List<Profile> block = profiles(305, seed);
            assertEquals(207, count(block, Profile::instroom));
            assertEquals(131, count(block, Profile::vaklui));
            assertEquals(203, count(block, p -> p.evolution().equals("GEGROEID")));
            assertEquals(61, count(block, p -> p.evolution().equals("STABIEL")));
            assertEquals(41, count(block, p -> p.evolution().equals("GESLONKEN")));
            assertEquals(92, count(block, Profile::small));
            assertEquals(53, count(block, p -> p.small() && p.trial() != Profile.Trial.NONE));
            assertEquals(75, count(block, p -> !p.small() && p.trial() != Profile.Trial.NONE));
            assertEquals(82, count(block, p -> p.trial().candidate()));
            assertEquals(45, count(block, p -> p.trial() == Profile.Trial.BOTH));
            assertEquals(171, count(block, Profile::financieel));
            assertEquals(103, count(block, p -> p.financieel() && p.rsz()));
            assertEquals(1, count(block, Profile::latePayback));
            assertEquals(1, count(block, p -> p.latePayback() && p.small()));
        }
    }

    @Test
    void aSmallerBlockGetsTheSameSharesOfItsSize() {
        List<Profile> block = profiles(100, 5);
        assertEquals(68, count(block, Profile::instroom));
        assertEquals(43, count(block, Profile::vaklui));
        assertEquals(67, count(block, p -> p.evolution().equals("GEGROEID")));
        assertEquals(30, count(block, Profile::small));
        assertEquals(17, count(block, p -> p.small() && p.trial() != Profile.Trial.NONE));
        assertEquals(0, count(block, Profile::latePayback), "one in 305 rounds to none in 100");
        assertTrue(count(profiles(200, 5), Profile::latePayback) == 1, "and to one in 200");
    }

    @Test
    void theSeedDecidesWhoGetsWhat() {
        assertEquals(profiles(305, 3), profiles(305, 3));
        assertTrue(!profiles(305, 3).equals(profiles(305, 4)));
    }

    @Test
    void aBlockHasAtLeastOneRespondent() {
        assertThrows(IllegalArgumentException.class, () -> Quotas.plan(0, new SplittableRandom(1)));
    }
}
