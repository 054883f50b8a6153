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

    /** higherProportion − baseline: the detectable absolute increase (NaN if none). */
    public double absoluteIncrease() {
        return higherProportion - baselineProportion;
    }

    /** lowerProportion − baseline: the detectable absolute decrease, a negative number (NaN if none). */
    public double absoluteDecrease() {
        return lowerProportion - baselineProportion;
    }
}
