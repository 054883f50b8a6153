package org.rightbalance.stats.regression;

import java.util.Locale;

/**
 * How the sampling variance of linear-regression coefficients is estimated.
 *
 * <p>Names follow R's estimatr and Stata; {@link LinearRegression} gives the exact formulas. A
 * logit has its own set, {@link LogitVariance}, because its small-sample factors differ.
 */
public enum VarianceEstimator {
    /** Model-based: σ²(X'WX)⁻¹. */
    CLASSICAL,
    /** Heteroskedasticity-robust with the n/(n−k) small-sample factor (Stata {@code vce(robust)}). */
    HC1,
    /** Cluster-robust as Stata's {@code regress, vce(cluster)}: G/(G−1)·(N−1)/(N−K). */
    CR1,
    /** Cluster-robust bias-reduced linearisation (Bell &amp; McCaffrey 2002), as R estimatr's {@code "CR2"}. */
    CR2;

    /** Whether the estimator needs a cluster for each observation. */
    public boolean isClustered() {
        return this == CR1 || this == CR2;
    }

    /** Parses {@code classical}, {@code hc1}, {@code cr1}, {@code cr2} (any case; {@code stata} means CR1). */
    public static VarianceEstimator parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("STATA")) {
            return CR1;
        }
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown variance estimator '" + text
                    + "'; use classical, hc1, cr1 or cr2");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
