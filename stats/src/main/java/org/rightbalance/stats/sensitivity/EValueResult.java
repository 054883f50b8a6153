package org.rightbalance.stats.sensitivity;

import java.util.Locale;

/**
 * E-values for one estimate (VanderWeele &amp; Ding 2017).
 *
 * @param measure        scale of the estimate
 * @param estimate       the estimate on its own scale (RR, OR, HR, d, or RD)
 * @param lower          lower confidence limit on its own scale (NaN if none given; for a standardized mean
 *                       difference d − 1.96·SE, although the risk-ratio interval uses ±1.78·SE on the log scale)
 * @param upper          upper confidence limit on its own scale (NaN if none given; d + 1.96·SE for a
 *                       standardized mean difference)
 * @param rrEstimate     the estimate on the risk-ratio scale (after the approximation)
 * @param rrLower        lower limit on the risk-ratio scale (NaN if none)
 * @param rrUpper        upper limit on the risk-ratio scale (NaN if none)
 * @param approximation  how the risk ratio was obtained, e.g. "RR = OR (rare outcome)", "RR ≈ √OR (common outcome)"
 * @param pointEValue    E-value for the point estimate (1 when the estimate is the null)
 * @param ciEValue       E-value for the confidence limit closest to the null: 1 when the interval includes the
 *                       null; NaN when no interval was given
 */
public record EValueResult(EffectMeasure measure, double estimate, double lower, double upper,
                           double rrEstimate, double rrLower, double rrUpper, String approximation,
                           double pointEValue, double ciEValue) {

    /** True when a confidence interval was supplied. */
    public boolean hasInterval() {
        return !Double.isNaN(ciEValue);
    }

    /** True when the interval (on the risk-ratio scale) includes the null RR = 1. */
    public boolean intervalIncludesNull() {
        return hasInterval() && rrLower <= 1 && rrUpper >= 1;
    }

    /**
     * A plain-English reading, e.g. "An unmeasured confounder would need to be associated with both treatment and
     * outcome by a risk ratio of at least 7.26 each, above and beyond the measured covariates, to explain away the
     * estimate; to move the confidence interval to include the null, at least 3.02."
     */
    public String interpretation() {
        StringBuilder sb = new StringBuilder();
        if (pointEValue <= 1) {
            sb.append("The estimate is already at the null (risk ratio 1), so no unmeasured confounding is needed "
                    + "to explain it away");
        } else {
            sb.append("An unmeasured confounder would need to be associated with both treatment and outcome by a "
                    + "risk ratio of at least ").append(fmt(pointEValue))
                    .append(" each, above and beyond the measured covariates, to explain away the estimate");
        }
        if (!hasInterval()) {
            sb.append(".");
        } else if (ciEValue <= 1) {
            sb.append("; the confidence interval already includes the null, so no confounding is needed to move it "
                    + "there.");
        } else {
            sb.append("; to move the confidence interval to include the null, at least ").append(fmt(ciEValue))
                    .append(".");
        }
        return sb.toString();
    }

    private static String fmt(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }
}
