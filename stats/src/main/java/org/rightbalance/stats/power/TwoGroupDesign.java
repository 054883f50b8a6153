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

    /**
     * Plain-English description of the design, e.g. "group sizes 120 and 440 (effective 111.6 and 409.3 after a
     * design effect of 1.075), a two-sided test at alpha 0.05".
     */
    public String describe() {
        java.util.Locale l = java.util.Locale.ROOT;
        StringBuilder sb = new StringBuilder(String.format(l, "group sizes %s and %s", num(n1), num(n2)));
        if (designEffect.value() != 1) {
            sb.append(String.format(l, " (effective %.1f and %.1f after a design effect of %s)",
                    effectiveN1(), effectiveN2(), num(designEffect.value())));
        }
        String test = switch (alternative) {
            case TWO_SIDED -> "a two-sided test";
            case LESS -> "a one-sided test (group 1 lower)";
            case GREATER -> "a one-sided test (group 1 higher)";
        };
        return sb.append(", ").append(test).append(" at alpha ").append(num(alpha)).toString();
    }

    static String num(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return String.format(java.util.Locale.ROOT, "%.4g", x).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
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
