package org.leerwerkplek.analysis.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random draws for one synthetic respondent. */
final class Draw {

    /** An option code with the chance that it is chosen, or its weight among alternatives. */
    record Odds(String code, double weight) {
    }

    private final SplittableRandom random;

    Draw(SplittableRandom random) {
        this.random = random;
    }

    static Odds odds(String code, double weight) {
        return new Odds(code, weight);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double gaussian() {
        return random.nextGaussian();
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** One code, chosen with probability proportional to its weight. */
    String pick(List<Odds> odds) {
        double total = odds.stream().mapToDouble(Odds::weight).sum();
        double at = random.nextDouble() * total;
        for (Odds o : odds) {
            at -= o.weight();
            if (at < 0) {
                return o.code();
            }
        }
        return odds.get(odds.size() - 1).code();
    }

    /** Each code independently with its own chance, in the listed order. */
    List<String> each(List<Odds> odds) {
        List<String> chosen = new ArrayList<>();
        for (Odds o : odds) {
            if (chance(o.weight())) {
                chosen.add(o.code());
            }
        }
        return chosen;
    }

    /** {@code count} codes in weighted random order without repeats: the first is drawn by weight, then the next from the rest. */
    List<String> order(List<Odds> odds, int count) {
        List<Odds> left = new ArrayList<>(odds);
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < count && !left.isEmpty()) {
            String next = pick(left);
            ordered.add(next);
            left.removeIf(o -> o.code().equals(next));
        }
        return ordered;
    }
}
