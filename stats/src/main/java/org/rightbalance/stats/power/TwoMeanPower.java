package org.rightbalance.stats.power;

/**
 * Power, minimum detectable effect and sample size for a two-sample t test of means with unequal group sizes
 * (equal variances), exactly as R's {@code pwr::pwr.t2n.test} (pwr 1.3-0), following Cohen (1988),
 * <i>Statistical Power Analysis for the Behavioral Sciences</i>, 2nd ed., ch. 2.
 *
 * <p>Effect size (Cohen's d) = (μ1 − μ2)/σ. With ν = n1 + n2 − 2, noncentrality δ = d/√(1/n1 + 1/n2),
 * t_q the central t(ν) quantile and T' ~ noncentral t(ν, δ) ({@link NoncentralT}):
 * <pre>
 *   greater:   power = P(T' &gt; t_{1−α})
 *   less:      power = P(T' ≤ t_α)
 *   two.sided: power = P(T' &gt; t_{1−α/2}) + P(T' ≤ −t_{1−α/2})   (δ computed from |d|)
 * </pre>
 * With clustering, n1 and n2 (hence ν) are replaced by the effective sizes n/DEFF ({@link DesignEffect}).
 * The MDE in outcome units is d·σ for a given standard deviation σ.
 */
public final class TwoMeanPower {

    static final PowerCurve CURVE = new PowerCurve() {
        @Override
        double power(double d, double n1, double n2, double alpha, Alternative alternative) {
            double nu = n1 + n2 - 2;
            double ncp = d / Math.sqrt(1 / n1 + 1 / n2);
            return switch (alternative) {
                case LESS -> NoncentralT.cdf(NoncentralT.centralQuantile(alpha, nu), nu, ncp, true);
                case GREATER -> NoncentralT.cdf(-NoncentralT.centralQuantile(alpha, nu), nu, ncp, false);
                case TWO_SIDED -> {
                    double a = Math.abs(ncp);
                    double qu = -NoncentralT.centralQuantile(alpha / 2, nu);
                    yield NoncentralT.cdf(qu, nu, a, false) + NoncentralT.cdf(-qu, nu, a, true);
                }
            };
        }

        @Override
        String effectName() {
            return "d";
        }

        @Override
        double lowEffect(Alternative alternative) {
            return alternative == Alternative.TWO_SIDED ? 1e-7 : super.lowEffect(alternative);
        }
    };

    private TwoMeanPower() {
    }

    /** Power to detect a standardized difference d (absolute value used if two-sided). */
    public static PowerResult power(TwoGroupDesign design, double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("effect size d must be finite, was " + d);
        }
        double n1 = design.effectiveN1();
        double n2 = design.effectiveN2();
        double e = design.alternative() == Alternative.TWO_SIDED ? Math.abs(d) : d;
        return new PowerResult(e, design, n1, n2, CURVE.power(e, n1, n2, design.alpha(), design.alternative()));
    }

    /** Power to detect a difference in means of {@code difference} outcome units given SD σ (d = difference/σ). */
    public static PowerResult power(TwoGroupDesign design, double difference, double standardDeviation) {
        checkSd(standardDeviation);
        return power(design, difference / standardDeviation);
    }

    /**
     * The smallest standardized difference d detectable with {@code targetPower}, and d·σ in outcome units.
     *
     * @param standardDeviation σ &gt; 0, or NaN to report d only
     */
    public static MeanMde minimumDetectableEffect(TwoGroupDesign design, double targetPower,
                                                  double standardDeviation) {
        if (!Double.isNaN(standardDeviation)) {
            checkSd(standardDeviation);
        }
        double d = CURVE.solveEffect(design, targetPower);
        return new MeanMde(d, standardDeviation, d * standardDeviation, targetPower, design);
    }

    /** Group sizes n1 and n2 = ratio·n1 (actual) to detect d with the requested power; rounded up. */
    public static SampleSize sampleSize(SampleSizeRequest request) {
        return Sizing.withRatio(CURVE, request);
    }

    /** Group 2 size needed with group 1 fixed at n1, as {@code pwr.t2n.test(n1, d, power=…)} solves n2. */
    public static SampleSize secondGroupSize(double n1, double d, double targetPower, double alpha,
                                             Alternative alternative, DesignEffect designEffect) {
        return Sizing.secondGroup(CURVE, n1, d, targetPower, alpha, alternative, designEffect);
    }

    private static void checkSd(double sd) {
        if (!(sd > 0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("standard deviation must be a finite number > 0, was " + sd);
        }
    }
}
