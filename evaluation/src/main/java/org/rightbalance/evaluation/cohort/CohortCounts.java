package org.rightbalance.evaluation.cohort;

/**
 * How many children each cohort rule kept (Figure 8 before matching).
 *
 * @param flagged                     children flagged for the programme (with a person record)
 * @param flaggedKeyReferralInWindow  of those, with a key referral in the treated window
 * @param flaggedBelowAgeBand         of those, younger than the band at the key referral (excluded)
 * @param flaggedAboveAgeBand         of those, older than the band at the key referral (excluded)
 * @param treated                     treated cohort: flagged, key referral in window, in the age band
 * @param comparisonWithReferral      children never flagged with a referral in the comparison window
 * @param comparison                  comparison cohort: of those, with a referral in the window at
 *                                    which they were in the age band
 * @param evaluationPeriodUntreated   children never flagged with a referral in the treated window at which
 *                                    they were in the treated age band (Tables 6–7, row 2)
 */
public record CohortCounts(int flagged, int flaggedKeyReferralInWindow, int flaggedBelowAgeBand,
                           int flaggedAboveAgeBand, int treated, int comparisonWithReferral, int comparison,
                           int evaluationPeriodUntreated) {
}
