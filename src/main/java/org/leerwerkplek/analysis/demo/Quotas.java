package org.leerwerkplek.analysis.demo;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The fixed answers of one block of synthetic employers: exact counts from {@link StudyFigures}
 * for the block's size, handed out in a seeded random order. For a block of 305 the counts are
 * the study's: 207 INSTROOM, 131 VAKLUI, 203 grown, one late payback, and so on. Holds a few
 * bytes per respondent.
 */
final class Quotas {

    private final int[] sizeClass;
    private final int[] evolution;
    private final int[] trial;
    private final boolean[] instroom;
    private final boolean[] vaklui;
    private final boolean[] financieel;
    private final boolean[] rsz;
    private final boolean[] latePayback;

    private Quotas(int respondents, SplittableRandom random) {
        sizeClass = Allocation.shuffledLabels(Allocation.apportion(StudyFigures.SIZE_SHARES, respondents), random);
        int grown = Allocation.count(StudyFigures.GROWTH, respondents);
        int[] rest = Allocation.apportion(
                new double[] {StudyFigures.STABLE_OF_THE_REST, 1 - StudyFigures.STABLE_OF_THE_REST}, respondents - grown);
        evolution = Allocation.shuffledLabels(new int[] {grown, rest[0], rest[1]}, random);

        instroom = new boolean[respondents];
        Allocation.markExactly(all(respondents), Allocation.count(StudyFigures.INSTROOM, respondents), instroom, random);
        vaklui = new boolean[respondents];
        Allocation.markExactly(all(respondents), Allocation.count(StudyFigures.VAKLUI, respondents), vaklui, random);

        int[] small = IntStream.range(0, respondents).filter(i -> sizeClass[i] == 0).toArray();
        int[] larger = IntStream.range(0, respondents).filter(i -> sizeClass[i] != 0).toArray();
        boolean[] asksTrial = new boolean[respondents];
        Allocation.markExactly(small, Allocation.count(StudyFigures.SMALL_EMPLOYER_TRIAL, small.length), asksTrial, random);
        Allocation.markExactly(larger, Allocation.count(StudyFigures.LARGER_EMPLOYER_TRIAL, larger.length), asksTrial,
                random);
        int[] askers = IntStream.range(0, respondents).filter(i -> asksTrial[i]).toArray();
        int[] kinds = Allocation.shuffledLabels(Allocation.apportion(StudyFigures.TRIAL_SPLIT, askers.length), random);
        trial = new int[respondents];
        for (int i = 0; i < askers.length; i++) {
            trial[askers[i]] = 1 + kinds[i];
        }

        financieel = new boolean[respondents];
        Allocation.markExactly(all(respondents), Allocation.count(StudyFigures.FINANCIEEL, respondents), financieel,
                random);
        int[] financial = IntStream.range(0, respondents).filter(i -> financieel[i]).toArray();
        rsz = new boolean[respondents];
        Allocation.markExactly(financial, Allocation.count(StudyFigures.RSZ, financial.length), rsz, random);

        latePayback = new boolean[respondents];
        int late = Allocation.count((double) StudyFigures.LATE_PAYBACK_EMPLOYERS / StudyFigures.EMPLOYERS, respondents);
        Allocation.markExactly(small.length >= late ? small : all(respondents), late, latePayback, random);
    }

    /** The quotas for a block of {@code respondents}, handed out with {@code random}. */
    static Quotas plan(int respondents, SplittableRandom random) {
        if (respondents < 1) {
            throw new IllegalArgumentException("a block has at least one respondent, not " + respondents);
        }
        return new Quotas(respondents, random);
    }

    int size() {
        return sizeClass.length;
    }

    /** The fixed answers of respondent {@code index} (0-based) of the block. */
    Profile profile(int index) {
        return new Profile(StudyFigures.SIZE_CLASSES.get(sizeClass[index]), StudyFigures.EVOLUTIONS.get(evolution[index]),
                instroom[index], vaklui[index], Profile.Trial.values()[trial[index]], financieel[index], rsz[index],
                latePayback[index]);
    }

    private static int[] all(int respondents) {
        return IntStream.range(0, respondents).toArray();
    }
}
