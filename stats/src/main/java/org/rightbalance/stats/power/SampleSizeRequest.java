package org.rightbalance.stats.power;

/**
 * What is needed to solve for group sizes: the effect to detect (standardized: Cohen's h or d), the target
 * power, significance level, alternative, allocation ratio n2 = ratio·n1 and design effect.
 *
 * @param effect          standardized effect to detect; non-zero; for {@code less} it must be negative and for
 *                        {@code greater} positive (as the power would otherwise stay below alpha); its absolute
 *                        value is used for two-sided tests
 * @param power           target power, 0 &lt; power &lt; 1
 * @param alpha           significance level, 0 &lt; α &lt; 1
 * @param alternative     direction of the alternative
 * @param allocationRatio n2 / n1, &gt; 0 (e.g. 440/120 ≈ 3.67 for the 2020 evaluation, 1 for equal groups)
 * @param designEffect    clustering design effect ({@link DesignEffect#NONE} if null)
 */
public record SampleSizeRequest(double effect, double power, double alpha, Alternative alternative,
                                double allocationRatio, DesignEffect designEffect) {

    public SampleSizeRequest {
        if (!Double.isFinite(effect) || effect == 0) {
            throw new IllegalArgumentException("effect size must be a finite non-zero number, was " + effect);
        }
        TwoGroupDesign.checkPower(power);
        TwoGroupDesign.checkAlpha(alpha);
        if (alternative == null) {
            throw new IllegalArgumentException("alternative must be one of two.sided, less, greater");
        }
        if (alternative == Alternative.LESS && effect > 0) {
            throw new IllegalArgumentException(
                    "alternative 'less' needs a negative effect (group 1 below group 2), was " + effect);
        }
        if (alternative == Alternative.GREATER && effect < 0) {
            throw new IllegalArgumentException(
                    "alternative 'greater' needs a positive effect (group 1 above group 2), was " + effect);
        }
        if (!(allocationRatio > 0) || Double.isInfinite(allocationRatio)) {
            throw new IllegalArgumentException("allocation ratio n2/n1 must be a finite number > 0, was "
                    + allocationRatio);
        }
        if (designEffect == null) {
            designEffect = DesignEffect.NONE;
        }
        if (power <= alpha) {
            throw new IllegalArgumentException(
                    "target power " + power + " must exceed the significance level " + alpha);
        }
    }
}
