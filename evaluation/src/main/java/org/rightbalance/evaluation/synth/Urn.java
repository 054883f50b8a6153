package org.rightbalance.evaluation.synth;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws categories without replacement, so that after all draws each category has come out exactly
 * its count: how a profile's published proportions become exact counts in any order of children.
 */
final class Urn {

    private final long[] left;
    private long total;

    private Urn(long[] counts) {
        this.left = counts.clone();
        this.total = Arrays.stream(counts).sum();
    }

    static Urn of(long... counts) {
        return new Urn(counts);
    }

    /**
     * The counts multiplied by {@code factor} and rounded by largest remainder so that they add up
     * to {@code round(sum * factor)}.
     */
    static Urn scaled(double factor, long... counts) {
        return new Urn(scale(factor, counts));
    }

    static long[] scale(double factor, long... counts) {
        long sum = Arrays.stream(counts).sum();
        long target = Math.round(sum * factor);
        long[] out = new long[counts.length];
        double[] rest = new double[counts.length];
        long given = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = counts[i] * factor;
            out[i] = (long) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        while (given < target) {
            int best = 0;
            for (int i = 1; i < counts.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }

    long remaining() {
        return total;
    }

    long remaining(int category) {
        return left[category];
    }

    int draw(SplittableRandom random) {
        if (total <= 0) {
            throw new IllegalStateException("urn is empty");
        }
        long pick = random.nextLong(total);
        for (int i = 0; i < left.length; i++) {
            if (pick < left[i]) {
                left[i]--;
                total--;
                return i;
            }
            pick -= left[i];
        }
        throw new AssertionError();
    }

    /**
     * Like {@link #draw}, but once the urn is empty (possible only when rounding at a fractional
     * scale leaves a count one short) any category, evenly.
     */
    int drawOrAny(SplittableRandom random) {
        return total > 0 ? draw(random) : random.nextInt(left.length);
    }

    /** The category the next {@link #draw} would weigh towards, without taking it out. */
    int peek(SplittableRandom random) {
        long pick = random.nextLong(total);
        for (int i = 0; i < left.length; i++) {
            if (pick < left[i]) {
                return i;
            }
            pick -= left[i];
        }
        throw new AssertionError();
    }

    /** Takes one of {@code category}, which must be left. */
    void take(int category) {
        if (left[category] <= 0) {
            throw new IllegalStateException("category " + category + " is used up");
        }
        left[category]--;
        total--;
    }

    /** Takes one of the lowest category left, or returns -1 when the urn is empty. */
    int takeLowest() {
        for (int i = 0; i < left.length; i++) {
            if (left[i] > 0) {
                take(i);
                return i;
            }
        }
        return -1;
    }
}
