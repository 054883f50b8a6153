package org.rightbalance.evaluation.plan;

/** A regression estimator of the plan's models. */
public enum Estimator {
    /** Weighted least squares with the matching weights and family-clustered CR1 standard errors. */
    OLS("ols"),
    /** Weighted logistic regression, family-clustered CR1 standard errors; binary outcomes only. */
    LOGIT("logit");

    private final String key;

    Estimator(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Estimator parse(String text) {
        for (Estimator e : values()) {
            if (e.key.equals(text)) {
                return e;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of ols, logit");
    }
}
