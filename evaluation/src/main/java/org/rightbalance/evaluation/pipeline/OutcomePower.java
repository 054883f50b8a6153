package org.rightbalance.evaluation.pipeline;

import java.util.Optional;

/**
 * What the matched sample could detect for one outcome, with the plan's target power, alpha and assumed
 * intra-family correlation.
 *
 * @param outcome             the outcome
 * @param scale               "proportion" (binary outcome: Cohen's h around the control mean) or "mean"
 *                            (Cohen's d with the control group's SD)
 * @param nTreated            matched treated children with the outcome present
 * @param nComparison         matched comparison children with the outcome present
 * @param averageFamilySize   matched children per family among them
 * @param designEffect        1 + (family size − 1)·ICC
 * @param baseline            the control mean
 * @param standardDeviation   the control group's SD (means only; NaN for proportions)
 * @param effectSize          detectable Cohen's h or d
 * @param detectableLower     the lower treated proportion detectable (proportions), else NaN
 * @param detectableHigher    the higher treated proportion detectable (proportions), else NaN
 * @param detectableDifference the detectable difference in outcome units (means), else NaN
 * @param summary             one sentence
 * @param note                why nothing could be computed, when it could not
 */
public record OutcomePower(String outcome, String scale, int nTreated, int nComparison, double averageFamilySize,
                           double designEffect, double baseline, double standardDeviation, double effectSize,
                           double detectableLower, double detectableHigher, double detectableDifference,
                           String summary, Optional<String> note) {
}
