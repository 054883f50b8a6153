package org.rightbalance.evaluation.pipeline;

/**
 * Matched children left out of an outcome's models because it is missing (Table 4's "CYP with open CIN
 * plans excluded").
 *
 * @param outcome              the outcome
 * @param treatedOpenPlan      matched treated children whose first linked CIN plan is open
 * @param comparisonOpenPlan   matched comparison children whose first linked CIN plan is open
 * @param treatedNoPlan        matched treated children without a CIN plan linked to the key referral
 * @param comparisonNoPlan     matched comparison children without one
 */
public record OutcomeExclusions(String outcome, int treatedOpenPlan, int comparisonOpenPlan, int treatedNoPlan,
                                int comparisonNoPlan) {
}
