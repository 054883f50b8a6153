package org.rightbalance.stats.power;

/**
 * Power, minimum detectable effect and sample size for comparing two proportions with unequal group sizes
 * by the arcsine (variance-stabilizing) transformation, exactly as R's {@code pwr::pwr.2p2n.test}
 * (Champely et al., <i>pwr: Basic Functions for Power Analysis</i>, version 1.3-0) following Cohen (1988),
 * <i>Statistical Power Analysis for the Behavioral Sciences</i>, 2nd ed., ch. 6.
 *
 * <p>Effect size (Cohen's h): h = 2·asin(√p1) − 2·asin(√p2). With k = √(n1·n2/(n1 + n2)) and z_q the
 * standard normal quantile Φ⁻¹(q):
 * <pre>
 *   greater:   power = 1 − Φ(z_{1−α} − h·k)
 *   less:      power = Φ(z_α − h·k)
 *   two.sided: power = 1 − Φ(z_{1−α/2} − |h|·k) + Φ(z_{α/2} − |h|·k)      (both rejection tails)
 * </pre>
 * With clustering, n1 and n2 are replaced by the effective sizes n/DEFF (see {@link DesignEffect}).
 * Solved quantities (effect, sizes) are roots of power(·) = target on pwr's brackets (see
 * {@link PowerCurve}).
 */
public final class TwoProportionPower {

    static final PowerCurve CURVE = new PowerCurve() {
        @Override
        double power(double h, double n1, double n2, double alpha, Alternative alternative) {
            double k = Math.sqrt(n1 * n2 / (n1 + n2));
            return switch (alternative) {
                case GREATER -> Normal.upper(Normal.upperQuantile(alpha) - h * k);
                case LESS -> Normal.cdf(Normal.quantile(alpha) - h * k);
                case TWO_SIDED -> {
                    double a = Math.abs(h);
                    yield Normal.upper(Normal.upperQuantile(alpha / 2) - a * k)
                            + Normal.cdf(Normal.quantile(alpha / 2) - a * k);
                }
            };
        }

        @Override
        String effectName() {
            return "h";
        }
    };

    private TwoProportionPower() {
    }

    /** Cohen's h = 2·asin(√p1) − 2·asin(√p2); both proportions in [0, 1]. */
    public static double cohensH(double p1, double p2) {
        checkProportion("p1", p1, true);
        checkProportion("p2", p2, true);
        return 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
    }

    /**
     * The proportion p1 with 2·asin(√p1) − 2·asin(√p2) = h: p1 = sin²(asin(√p2) + h/2), or NaN when
     * asin(√p2) + h/2 falls outside [0, π/2] (no proportion is that far from p2).
     */
    public static double proportionFromH(double p2, double h) {
        checkProportion("p2", p2, true);
        double angle = Math.asin(Math.sqrt(p2)) + h / 2;
        if (angle < -1e-15 || angle > Math.PI / 2 + 1e-15) {
            return Double.NaN;
        }
        double s = Math.sin(angle);
        return Math.min(1, Math.max(0, s * s));
    }

    /** Power to detect effect h (Cohen's h; absolute value used if two-sided) with the design. */
    public static PowerResult power(TwoGroupDesign design, double h) {
        if (!Double.isFinite(h)) {
            throw new IllegalArgumentException("effect size h must be finite, was " + h);
        }
        double n1 = design.effectiveN1();
        double n2 = design.effectiveN2();
        double e = design.alternative() == Alternative.TWO_SIDED ? Math.abs(h) : h;
        return new PowerResult(e, design, n1, n2, CURVE.power(e, n1, n2, design.alpha(), design.alternative()));
    }

    /** Power to detect treated proportion p1 against comparison proportion p2 (h = cohensH(p1, p2)). */
    public static PowerResult power(TwoGroupDesign design, double p1, double p2) {
        return power(design, cohensH(p1, p2));
    }

    /**
     * The smallest effect detectable with {@code targetPower}: Cohen's h solved from power(h) = target, and the
     * corresponding treated proportions given the comparison group's {@code baselineProportion}.
     *
     * @param baselineProportion p0 in (0, 1)
     * @throws IllegalArgumentException if the target power cannot be reached for |h| ≤ 10 (e.g. target ≤ α)
     */
    public static ProportionMde minimumDetectableEffect(TwoGroupDesign design, double targetPower,
                                                        double baselineProportion) {
        checkProportion("baseline proportion", baselineProportion, false);
        double h = CURVE.solveEffect(design, targetPower);
        double higher = Double.NaN;
        double lower = Double.NaN;
        switch (design.alternative()) {
            case TWO_SIDED -> {
                higher = proportionFromH(baselineProportion, Math.abs(h));
                lower = proportionFromH(baselineProportion, -Math.abs(h));
            }
            case GREATER -> higher = proportionFromH(baselineProportion, h);
            case LESS -> lower = proportionFromH(baselineProportion, h);
        }
        return new ProportionMde(h, baselineProportion, higher, lower, targetPower, design);
    }

    /**
     * Group sizes n1 and n2 = ratio·n1 (actual, i.e. effective × DEFF) needed to detect h with the requested
     * power; rounded up per group.
     */
    public static SampleSize sampleSize(SampleSizeRequest request) {
        return Sizing.withRatio(CURVE, request);
    }

    /**
     * Group 2 size needed, with group 1 size fixed at {@code n1}, as {@code pwr.2p2n.test(h, n1, power=…)}
     * solves n2 (here with the design effect: effective n1 = n1/DEFF, returned n2 = effective n2 × DEFF).
     *
     * @throws IllegalArgumentException if no n2 ≤ 10⁹·DEFF reaches the target
     */
    public static SampleSize secondGroupSize(double n1, double h, double targetPower, double alpha,
                                             Alternative alternative, DesignEffect designEffect) {
        return Sizing.secondGroup(CURVE, n1, h, targetPower, alpha, alternative, designEffect);
    }

    static void checkProportion(String what, double p, boolean closed) {
        boolean ok = closed ? (p >= 0 && p <= 1) : (p > 0 && p < 1);
        if (!ok) {
            throw new IllegalArgumentException(
                    what + " must be in " + (closed ? "[0, 1]" : "(0, 1)") + ", was " + p);
        }
    }
}
