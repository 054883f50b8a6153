package org.rightbalance.stats.sensitivity;

/**
 * E-values for sensitivity to unmeasured confounding (VanderWeele, T. J. &amp; Ding, P. (2017). Sensitivity
 * analysis in observational research: introducing the E-value. <i>Annals of Internal Medicine</i> 167(4):268–274;
 * conventions as in the R package EValue, Mathur, Ding, Riddell &amp; VanderWeele 2018).
 *
 * <p>The E-value is the minimum strength of association, on the risk-ratio scale, that an unmeasured confounder
 * would need to have with both the treatment and the outcome, conditional on the measured covariates, to fully
 * explain away an observed treatment–outcome association. For an observed risk ratio RR:
 * <pre>
 *   E = RR + √(RR·(RR − 1))        for RR ≥ 1;   for RR &lt; 1 apply the formula to 1/RR.
 * </pre>
 * For a confidence interval, the E-value is that of the limit closest to the null (the lower limit when RR &gt; 1,
 * the upper when RR &lt; 1), and 1 when the interval includes 1.
 *
 * <p>Conversions to the risk-ratio scale (applied to the estimate and to each limit):
 * <ul>
 *   <li>odds ratio: RR = OR if the outcome is rare (&lt; 15% at the end of follow-up), else RR ≈ √OR;</li>
 *   <li>hazard ratio: RR = HR if rare, else RR ≈ (1 − 0.5^√HR)/(1 − 0.5^√(1/HR));</li>
 *   <li>standardized mean difference d with standard error SE_d: RR ≈ exp(0.91·d), interval
 *       exp(0.91·d ± 1.78·SE_d) (VanderWeele &amp; Ding 2017, Table; Chinn 2000);</li>
 *   <li>risk difference RD with comparison-group risk p0: RR = (p0 + RD)/p0, and each limit (p0 + limit)/p0
 *       (limits below −p0 map to 0). This treats p0 as known; it is this library's convention, simpler than the
 *       EValue package's {@code evalues.RD}, which works from the 2×2 counts.</li>
 * </ul>
 * The E-value is for shifting the estimate to the null (true RR = 1); non-null targets are not supported.
 */
public final class EValue {

    private EValue() {
    }

    /** E-value of a single risk ratio: RR + √(RR(RR − 1)) after taking 1/RR when RR &lt; 1. */
    public static double ofRiskRatio(double rr) {
        if (!(rr > 0) || Double.isInfinite(rr)) {
            throw new IllegalArgumentException("risk ratio must be a finite number > 0, was " + rr);
        }
        double r = rr < 1 ? 1 / rr : rr;
        return r + Math.sqrt(r * (r - 1));
    }

    /** Risk ratio (or rate ratio) with no interval. */
    public static EValueResult riskRatio(double rr) {
        return riskRatio(rr, Double.NaN, Double.NaN);
    }

    /** Risk ratio (or rate ratio) with its confidence limits (NaN for none). */
    public static EValueResult riskRatio(double rr, double lower, double upper) {
        checkRatioInterval("risk ratio", rr, lower, upper);
        return build(EffectMeasure.RISK_RATIO, rr, lower, upper, rr, lower, upper, "RR as given");
    }

    /**
     * Odds ratio with its confidence limits (NaN for none).
     *
     * @param rareOutcome true when the outcome is rare (&lt; 15%): OR approximates RR; otherwise RR ≈ √OR
     */
    public static EValueResult oddsRatio(double or, double lower, double upper, boolean rareOutcome) {
        checkRatioInterval("odds ratio", or, lower, upper);
        if (rareOutcome) {
            return build(EffectMeasure.ODDS_RATIO, or, lower, upper, or, lower, upper, "RR = OR (rare outcome)");
        }
        return build(EffectMeasure.ODDS_RATIO, or, lower, upper, Math.sqrt(or), Math.sqrt(lower), Math.sqrt(upper),
                "RR ≈ √OR (common outcome)");
    }

    /**
     * Hazard ratio with its confidence limits (NaN for none).
     *
     * @param rareOutcome true when the outcome is rare (&lt; 15%): HR approximates RR; otherwise
     *                    RR ≈ (1 − 0.5^√HR)/(1 − 0.5^√(1/HR))
     */
    public static EValueResult hazardRatio(double hr, double lower, double upper, boolean rareOutcome) {
        checkRatioInterval("hazard ratio", hr, lower, upper);
        if (rareOutcome) {
            return build(EffectMeasure.HAZARD_RATIO, hr, lower, upper, hr, lower, upper, "RR = HR (rare outcome)");
        }
        return build(EffectMeasure.HAZARD_RATIO, hr, lower, upper, commonHr(hr), commonHr(lower), commonHr(upper),
                "RR ≈ (1 − 0.5^√HR)/(1 − 0.5^√(1/HR)) (common outcome)");
    }

    /**
     * Standardized mean difference d = (mean difference)/SD with its standard error (NaN for no interval):
     * RR ≈ exp(0.91·d), interval exp(0.91·d ± 1.78·SE_d).
     */
    public static EValueResult standardizedMeanDifference(double d, double se) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("standardized mean difference must be finite, was " + d);
        }
        if (!Double.isNaN(se) && !(se > 0 && Double.isFinite(se))) {
            throw new IllegalArgumentException("standard error must be a finite number > 0, was " + se);
        }
        double lo = Double.isNaN(se) ? Double.NaN : d - 1.96 * se;
        double hi = Double.isNaN(se) ? Double.NaN : d + 1.96 * se;
        return build(EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE, d, lo, hi, Math.exp(0.91 * d),
                Math.exp(0.91 * d - 1.78 * se), Math.exp(0.91 * d + 1.78 * se),
                "RR ≈ exp(0.91·d), interval exp(0.91·d ± 1.78·SE)");
    }

    /**
     * A difference in means in outcome units with its standard error and the outcome's standard deviation:
     * d = difference/SD, SE_d = SE/SD, then {@link #standardizedMeanDifference}.
     */
    public static EValueResult meanDifference(double difference, double se, double sd) {
        if (!(sd > 0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("standard deviation must be a finite number > 0, was " + sd);
        }
        return standardizedMeanDifference(difference / sd, se / sd);
    }

    /**
     * Risk difference RD (treated minus comparison risk) with its confidence limits (NaN for none), given the
     * comparison group's risk p0: RR = (p0 + RD)/p0, limits likewise (a limit below −p0 maps to RR 0).
     */
    public static EValueResult riskDifference(double rd, double lower, double upper, double baselineRisk) {
        if (!(baselineRisk > 0 && baselineRisk < 1)) {
            throw new IllegalArgumentException("baseline (comparison-group) risk must be in (0, 1), was "
                    + baselineRisk);
        }
        if (!(rd > -baselineRisk && rd < 1 - baselineRisk)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "risk difference must lie in (%s, %s) for baseline risk %s, was %s",
                    -baselineRisk, 1 - baselineRisk, baselineRisk, rd));
        }
        checkInterval("risk difference", rd, lower, upper);
        double p0 = baselineRisk;
        return build(EffectMeasure.RISK_DIFFERENCE, rd, lower, upper, (p0 + rd) / p0,
                Math.max(0, (p0 + lower) / p0), Math.max(0, (p0 + upper) / p0),
                "RR = (p0 + RD)/p0 with p0 = " + p0 + " treated as known");
    }

    static double commonHr(double hr) {
        if (Double.isNaN(hr)) {
            return hr;
        }
        return (1 - Math.pow(0.5, Math.sqrt(hr))) / (1 - Math.pow(0.5, Math.sqrt(1 / hr)));
    }

    private static EValueResult build(EffectMeasure measure, double est, double lo, double hi,
                                      double rr, double rrLo, double rrHi, String approximation) {
        double point = ofRiskRatio(rr);
        double ci;
        if (Double.isNaN(rrLo)) {
            ci = Double.NaN;
        } else if (rrLo <= 1 && rrHi >= 1) {
            ci = 1;
        } else if (rr > 1) {
            ci = ofRiskRatio(rrLo);
        } else {
            ci = ofRiskRatio(rrHi);
        }
        return new EValueResult(measure, est, lo, hi, rr, rrLo, rrHi, approximation, point, ci);
    }

    private static void checkRatioInterval(String what, double est, double lo, double hi) {
        if (!(est > 0) || Double.isInfinite(est)) {
            throw new IllegalArgumentException(what + " must be a finite number > 0, was " + est);
        }
        if (!Double.isNaN(lo) && !(lo > 0)) {
            throw new IllegalArgumentException("lower limit of the " + what + " must be > 0, was " + lo);
        }
        checkInterval(what, est, lo, hi);
    }

    private static void checkInterval(String what, double est, double lo, double hi) {
        if (Double.isNaN(lo) != Double.isNaN(hi)) {
            throw new IllegalArgumentException("give both confidence limits of the " + what + " or neither");
        }
        if (!Double.isNaN(lo) && !(lo <= est && est <= hi)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "confidence limits of the %s must satisfy lower <= estimate <= upper, were %s, %s, %s",
                    what, lo, est, hi));
        }
    }
}
