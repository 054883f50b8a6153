package org.rightbalance.evaluation.pipeline;

import java.util.Optional;

/**
 * How strong unmeasured confounding would have to be to explain away the primary (OLS, no sensitivity
 * dummy) estimate of one outcome (VanderWeele &amp; Ding 2017).
 *
 * @param outcome        the outcome
 * @param measure        "risk_difference" (binary, baseline = control mean) or "mean_difference"
 *                       (standardised by the control group's SD)
 * @param riskRatio      the estimate on the risk-ratio scale
 * @param pointEValue    E-value of the estimate
 * @param ciEValue       E-value of the confidence limit closest to the null (1 when the interval includes it)
 * @param interpretation one paragraph
 * @param note           why it could not be computed, when it could not
 */
public record OutcomeEValue(String outcome, String measure, double riskRatio, double pointEValue, double ciEValue,
                            String interpretation, Optional<String> note) {
}
