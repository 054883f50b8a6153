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
}
