package org.rightbalance.stats.power;

/**
 * Minimum detectable effect for a comparison of two proportions.
 *
 * <p>Group 1 is the treated group, group 2 the comparison group whose proportion is the baseline p0.
 * With h = 2·asin(√p1) − 2·asin(√p0), the treated proportion at the detectable effect is
 * p1 = sin²(asin(√p0) + h/2), defined while 0 ≤ asin(√p0) + h/2 ≤ π/2.
 *
 * @param h                   Cohen's h detectable with the target power (positive for two.sided and greater,
 *                            negative for less)
 * @param baselineProportion  p0, the comparison group's proportion
 * @param higherProportion    treated proportion p1 &gt; p0 detectable (two.sided, greater); NaN when not
 *                            applicable to the alternative or when no proportion ≤ 1 is that far from p0
 * @param lowerProportion     treated proportion p1 &lt; p0 detectable (two.sided, less); NaN when not
 *                            applicable or when no proportion ≥ 0 is that far from p0
 * @param targetPower         the power for which the effect is detectable
 * @param design              the design
 */
public record ProportionMde(double h, double baselineProportion, double higherProportion, double lowerProportion,
                            double targetPower, TwoGroupDesign design) {

    /**
     * One-sentence reading, e.g. "With group sizes 120 and 440 (effective 111.6 and 409.3 after a design effect of
     * 1.075), a two-sided test at alpha 0.05 has 80% power to detect a change from 0.111 to 0.036 or 0.221
     * (Cohen's h = 0.299)."
     */
    public String summary() {
        java.util.Locale l = java.util.Locale.ROOT;
        String start = String.format(l, "With %s has %s%% power to detect ", design.describe(),
                TwoGroupDesign.num(100 * targetPower));
        String target;
        boolean hi = !Double.isNaN(higherProportion);
        boolean lo = !Double.isNaN(lowerProportion);
        if (hi && lo) {
            target = String.format(l, "a change from %.3f to %.3f or %.3f", baselineProportion, lowerProportion,
                    higherProportion);
        } else if (hi) {
            target = String.format(l, "an increase from %.3f to %.3f", baselineProportion, higherProportion);
        } else if (lo) {
            target = String.format(l, "a decrease from %.3f to %.3f", baselineProportion, lowerProportion);
        } else {
            target = String.format(l, "only an effect larger than any change from %.3f allows", baselineProportion);
        }
        return start + target + String.format(l, " (Cohen's h = %.3f).", h);
    }

    /** higherProportion − baseline: the detectable absolute increase (NaN if none). */
    public double absoluteIncrease() {
        return higherProportion - baselineProportion;
    }

    /** lowerProportion − baseline: the detectable absolute decrease, a negative number (NaN if none). */
    public double absoluteDecrease() {
        return lowerProportion - baselineProportion;
    }
}
