package org.rightbalance.stats.power;

/**
 * The power of a two-group test for a given standardized effect.
 *
 * @param effectSize   standardized effect used (Cohen's h for proportions, Cohen's d for means;
 *                     its absolute value for a two-sided test)
 * @param design       the design (sizes as given, alpha, alternative, design effect)
 * @param effectiveN1  n1 / DEFF
 * @param effectiveN2  n2 / DEFF
 * @param power        probability of rejecting the null at level alpha
 */
public record PowerResult(double effectSize, TwoGroupDesign design, double effectiveN1, double effectiveN2,
                          double power) {
}
