package org.rightbalance.stats.model;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * One row of a regression table.
 *
 * @param term      the regressor's name ({@code (Intercept)} for the constant)
 * @param estimate  the coefficient
 * @param stdError  its standard error under the chosen variance estimator
 * @param statistic estimate / stdError (t or z)
 * @param pValue    two-sided p-value of the statistic
 * @param confLow   lower limit of the confidence interval
 * @param confHigh  upper limit of the confidence interval
 * @param df        degrees of freedom of the t reference distribution; {@code Double.POSITIVE_INFINITY}
 *                  for a z (standard normal) reference
 */
public record Coefficient(String term, double estimate, double stdError, double statistic, double pValue,
                          double confLow, double confHigh, double df) {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    /**
     * A table row from an estimate and its standard error: statistic = estimate / se, two-sided
     * p = 2·P(T &gt; |statistic|), interval estimate ± q·se with q the (1+level)/2 quantile of
     * t(df), or of N(0,1) when df is infinite.
     *
     * @param level confidence level, e.g. 0.95
     */
    public static Coefficient of(String term, double estimate, double stdError, double df, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, was " + level);
        }
        double stat = estimate / stdError;
        double p;
        double q;
        if (Double.isInfinite(df)) {
            p = 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(stat));
            q = STANDARD_NORMAL.inverseCumulativeProbability((1 + level) / 2);
        } else {
            TDistribution t = new TDistribution(df);
            p = 2 * t.cumulativeProbability(-Math.abs(stat));
            q = t.inverseCumulativeProbability((1 + level) / 2);
        }
        return new Coefficient(term, estimate, stdError, stat, p, estimate - q * stdError, estimate + q * stdError, df);
    }
}
