package org.rightbalance.stats.power;

/**
 * Group sizes needed to reach a target power.
 *
 * @param n1Exact       group 1 size solved as a continuous quantity (actual, i.e. effective × DEFF),
 *                      or the given size when only group 2 was solved
 * @param n2Exact       group 2 size solved as a continuous quantity (actual)
 * @param n1            ⌈n1Exact⌉ (to 1e-9 tolerance so that an exact integer is not bumped up)
 * @param n2            ⌈n2Exact⌉
 * @param designEffect  the DEFF used
 * @param targetPower   the power asked for
 * @param achievedPower the power at the rounded sizes (at least the target, up to rounding)
 */
public record SampleSize(double n1Exact, double n2Exact, long n1, long n2, double designEffect,
                         double targetPower, double achievedPower) {

    /** n1 + n2. */
    public long total() {
        return n1 + n2;
    }

    static long roundUp(double x) {
        return (long) Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x)));
    }
}
