package org.rightbalance.evaluation.plan;

/**
 * What the minimum detectable effects assume ({@code power:}).
 *
 * @param targetPower the power at which an effect counts as detectable, in (0, 1)
 * @param alpha       two-sided significance level, in (0, 1)
 * @param assumedIcc  intra-family correlation of the outcomes, in [0, 1), for the design effect
 */
public record PowerSettings(double targetPower, double alpha, double assumedIcc) {

    public PowerSettings {
        if (!(targetPower > 0 && targetPower < 1)) {
            throw new IllegalArgumentException("target_power must be between 0 and 1, was " + targetPower);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, was " + alpha);
        }
        if (!(assumedIcc >= 0 && assumedIcc < 1)) {
            throw new IllegalArgumentException("assumed_icc must be in [0, 1), was " + assumedIcc);
        }
    }
}
