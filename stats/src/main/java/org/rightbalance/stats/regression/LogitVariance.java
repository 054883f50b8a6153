package org.rightbalance.stats.regression;

/**
 * How {@link LogisticRegression} estimates the covariance of the coefficients. All are sandwiches
 * V = c · H⁻¹ M H⁻¹ around the inverse of the (weighted) information matrix
 * H = Σ wᵢ pᵢ(1 − pᵢ) xᵢxᵢᵀ, except {@link #CLASSICAL}, which is H⁻¹ itself. The score of
 * observation i is sᵢ = wᵢ(yᵢ − pᵢ)xᵢ. Inference is by z (standard normal) in every case, as in
 * Stata's {@code logit} and R's {@code summary.glm} for the binomial family.
 *
 * <p>The names are those of the ordinary least squares estimators (CLASSICAL, HC1, CR1) where the
 * meaning carries over; the small-sample factors are Stata's maximum-likelihood ones
 * (Stata [U] 20.22 "Obtaining robust variance estimates", [P] _robust), not the OLS ones: for a
 * logit there is no (n − 1)/(n − k) term. CR2 (Bell–McCaffrey) has no standard logit counterpart
 * in Stata or R and is not offered.
 */
public enum LogitVariance {

    /**
     * H⁻¹, the inverse of the observed (= expected, for the canonical link) information
     * (McCullagh &amp; Nelder, <i>Generalized Linear Models</i>, 2nd ed., 1989, §4.4). With weights
     * this treats them as frequency-like (R {@code glm(family = binomial, weights = w)}, Stata
     * {@code iweight}s); with sampling or matching weights prefer {@link #HC1} or {@link #CR1}.
     */
    CLASSICAL,

    /** M = Σᵢ sᵢsᵢᵀ, c = 1: White's estimator, R {@code sandwich::vcovHC(fit, type = "HC0")}. */
    HC0,

    /**
     * M = Σᵢ sᵢsᵢᵀ, c = n/(n − 1), n the number of observations (rows of positive weight): Stata
     * {@code logit, vce(robust)}, and Stata's default for {@code pweight}s without clusters.
     */
    HC1,

    /**
     * M = Σ_g s_g s_gᵀ with s_g = Σ_{i∈g} sᵢ, c = 1: the cluster-robust estimator without a
     * small-sample factor (Cameron &amp; Miller 2015, eq. 11 with c = 1).
     */
    CR0,

    /**
     * M = Σ_g s_g s_gᵀ, c = G/(G − 1), G the number of clusters: Stata {@code logit,
     * vce(cluster id)} ([P] _robust; Cameron &amp; Miller, "A practitioner's guide to
     * cluster-robust inference", <i>J. Human Resources</i> 50(2), 2015, §II.C and §VI.A), and R
     * {@code sandwich::vcovCL(fit, cluster = ~id, type = "HC0", cadjust = TRUE)}.
     */
    CR1;

    /** Whether the estimator needs each observation's cluster. */
    public boolean isClustered() {
        return this == CR0 || this == CR1;
    }

    /** Parses {@code classical}, {@code hc0}, {@code hc1}, {@code cr0}, {@code cr1} (any case; {@code stata} means CR1). */
    public static LogitVariance parse(String text) {
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.equals("STATA")) {
            return CR1;
        }
        try {
            return valueOf(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown variance estimator '" + text
                    + "' for a logit; use classical, hc0, hc1, cr0 or cr1");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
