package org.rightbalance.stats.power;

/**
 * A two-group comparison: group sizes, significance level, direction of the alternative and the
 * clustering design effect. Validated on construction so that every calculation can assume sane
 * inputs.
 *
 * @param n1           size of group 1 (treated), at least 2
 * @param n2           size of group 2 (comparison), at least 2
 * @param alpha        significance level, 0 &lt; α &lt; 1
 * @param alternative  direction of the alternative hypothesis
 * @param designEffect clustering design effect ({@link DesignEffect#NONE} for none); the effective sizes
 *                     n1/DEFF and n2/DEFF must still be at least 2
 */
public record TwoGroupDesign(double n1, double n2, double alpha, Alternative alternative,
                             DesignEffect designEffect) {

    public TwoGroupDesign {
        checkSize("group 1", n1);
        checkSize("group 2", n2);
        checkAlpha(alpha);
        if (alternative == null) {
            throw new IllegalArgumentException("alternative must be one of two.sided, less, greater");
        }
        if (designEffect == null) {
            designEffect = DesignEffect.NONE;
        }
        double deff = designEffect.value();
        if (n1 / deff < 2 || n2 / deff < 2) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "effective group sizes after the design effect %.4g must be at least 2, were %.4g and %.4g",
                    deff, n1 / deff, n2 / deff));
        }
    }

    /** An unclustered design. */
    public TwoGroupDesign(double n1, double n2, double alpha, Alternative alternative) {
        this(n1, n2, alpha, alternative, DesignEffect.NONE);
    }

    /** n1 / DEFF. */
    public double effectiveN1() {
        return n1 / designEffect.value();
    }

    /** n2 / DEFF. */
    public double effectiveN2() {
        return n2 / designEffect.value();
    }

    static void checkSize(String what, double n) {
        if (!(n >= 2) || Double.isInfinite(n)) {
            throw new IllegalArgumentException(
                    "size of " + what + " must be a finite number >= 2, was " + n);
        }
    }

    static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("significance level alpha must be in (0, 1), was " + alpha);
        }
    }

    static void checkPower(double power) {
        if (!(power > 0 && power < 1)) {
            throw new IllegalArgumentException("target power must be in (0, 1), was " + power);
        }
    }
}
