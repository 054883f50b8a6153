package org.rightbalance.stats.regression;

import java.util.Locale;

/**
 * How the sampling variance of regression coefficients is estimated.
 *
 * <p>Names follow R's estimatr and Stata: see {@link LinearRegression} and
 * {@code LogisticRegression} for the exact formula each model uses.
 */
public enum VarianceEstimator {
    /** Model-based: σ²(X'WX)⁻¹ for OLS, the inverse information for a logit. */
    CLASSICAL,
    /** Heteroskedasticity-robust with the n/(n−k) small-sample factor (Stata {@code vce(robust)}). */
    HC1,
    /** Cluster-robust as Stata's {@code vce(cluster)}: G/(G−1)·(N−1)/(N−K) for OLS, G/(G−1) for a logit. */
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
