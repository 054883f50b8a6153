package org.rightbalance.analysis;

import org.rightbalance.stats.power.Alternative;
import org.rightbalance.stats.power.DesignEffect;

/**
 * A power question about a two-group comparison. What is asked follows from what is given:
 * <ul>
 *   <li>group sizes and an effect → the power to detect that effect;</li>
 *   <li>group sizes without an effect → the minimum detectable effect at the target power;</li>
 *   <li>an effect without group sizes → the sample needed for the target power.</li>
 * </ul>
 *
 * @param outcome       a proportion (binary outcome) or a mean
 * @param n1            treated group size, or NaN
 * @param n2            comparison group size, or NaN
 * @param alpha         significance level
 * @param alternative   two-sided or one-sided
 * @param targetPower   the power wanted, for the MDE and sample size
 * @param designEffect  clustering (families): 1 + (m − 1)·ICC
 * @param baseline      comparison proportion p0 (proportions), or NaN
 * @param treatedValue  treated proportion p1 (proportions), or NaN
 * @param sd            outcome standard deviation (means), or NaN
 * @param difference    difference in means in outcome units (means), or NaN
 * @param ratio         n2/n1 for the sample size (default 1)
 */
public record PowerRequest(Outcome outcome, double n1, double n2, double alpha, Alternative alternative,
                           double targetPower, DesignEffect designEffect, double baseline, double treatedValue,
                           double sd, double difference, double ratio) {

    /** The kind of outcome compared. */
    public enum Outcome { PROPORTION, MEAN }

    /** What the request asks for. */
    public enum Question { POWER, MINIMUM_DETECTABLE_EFFECT, SAMPLE_SIZE }

    public PowerRequest {
        if (outcome == null) {
            throw new IllegalArgumentException("say whether the outcome is a proportion or a mean");
        }
        if (Double.isNaN(n1) != Double.isNaN(n2)) {
            throw new IllegalArgumentException("give both group sizes (--n1 and --n2), or neither to ask for the sample size");
        }
        if (outcome == Outcome.PROPORTION && Double.isNaN(baseline)) {
            throw new IllegalArgumentException("a comparison of proportions needs the comparison group's proportion (--baseline)");
        }
        if (outcome == Outcome.MEAN && !Double.isNaN(difference) && Double.isNaN(sd)) {
            throw new IllegalArgumentException("a difference in means needs the outcome's standard deviation (--sd)");
        }
        if (!(ratio > 0)) {
            throw new IllegalArgumentException("the allocation ratio must be positive, was " + ratio);
        }
    }

    /** Whether an effect to detect was given. */
    public boolean hasEffect() {
        return outcome == Outcome.PROPORTION ? !Double.isNaN(treatedValue) : !Double.isNaN(difference);
    }

    public Question question() {
        if (Double.isNaN(n1)) {
            if (!hasEffect()) {
                throw new IllegalArgumentException("give group sizes (--n1, --n2), an effect (--p1 or --difference), or both");
            }
            return Question.SAMPLE_SIZE;
        }
        return hasEffect() ? Question.POWER : Question.MINIMUM_DETECTABLE_EFFECT;
    }
}
