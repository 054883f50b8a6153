package org.rightbalance.stats.power;

/**
 * Minimum detectable effect for a comparison of two means.
 *
 * @param d                 Cohen's d detectable with the target power (positive for two.sided and greater,
 *                          negative for less)
 * @param standardDeviation the outcome's (pooled, within-group) standard deviation σ used to express d in
 *                          outcome units; NaN when not given
 * @param difference        d·σ, the detectable difference in means in outcome units (NaN without σ)
 * @param targetPower       the power for which the effect is detectable
 * @param design            the design
 */
public record MeanMde(double d, double standardDeviation, double difference, double targetPower,
                      TwoGroupDesign design) {

    /**
     * One-sentence reading, e.g. "With group sizes 65 and 403, a two-sided test at alpha 0.05 has 80% power to
     * detect a difference in means of 71.7 (Cohen's d = 0.375 with SD 191.1)."
     */
    public String summary() {
        java.util.Locale l = java.util.Locale.ROOT;
        String start = String.format(l, "With %s has %s%% power to detect ", design.describe(),
                TwoGroupDesign.num(100 * targetPower));
        if (Double.isNaN(standardDeviation)) {
            return start + String.format(l, "a standardized difference in means of Cohen's d = %.3f.", d);
        }
        return start + String.format(l, "a difference in means of %.4g (Cohen's d = %.3f with SD %.4g).",
                difference, d, standardDeviation);
    }
}
