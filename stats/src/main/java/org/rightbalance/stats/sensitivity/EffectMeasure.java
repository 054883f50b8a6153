package org.rightbalance.stats.sensitivity;

/** The scale of the estimate whose E-value is computed. */
public enum EffectMeasure {
    /** Risk ratio or rate ratio: used as is. */
    RISK_RATIO,
    /** Odds ratio: as a risk ratio if the outcome is rare (&lt; 15%), else RR ≈ √OR. */
    ODDS_RATIO,
    /** Hazard ratio: as a risk ratio if the outcome is rare, else RR ≈ (1 − 0.5^√HR)/(1 − 0.5^√(1/HR)). */
    HAZARD_RATIO,
    /** Standardized mean difference d (difference in means / SD): RR ≈ exp(0.91·d). */
    STANDARDIZED_MEAN_DIFFERENCE,
    /** Risk difference with a given comparison-group risk p0: RR = (p0 + RD)/p0. */
    RISK_DIFFERENCE
}
