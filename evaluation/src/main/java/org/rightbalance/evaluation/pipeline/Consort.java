package org.rightbalance.evaluation.pipeline;

import java.util.List;

/**
 * The consort diagram of both cohorts: flagged → key referral in the window → in the age band → matched
 * for the treated; never flagged with a referral in the window → in the age band → matched for the
 * comparison cohort; plus the flagged children excluded for their age, and the matched treated children
 * whose key referral is after the sensitivity cut-off (less than the follow-up window before the extract
 * date: the report's "further reduction" to key referrals up to 18 February 2019).
 */
public record Consort(List<ConsortStep> treated, List<ConsortStep> comparison, int treatedBelowAgeBand,
                      int treatedAboveAgeBand, int matchedTreatedAfterCutoff) {

    public Consort {
        treated = List.copyOf(treated);
        comparison = List.copyOf(comparison);
    }
}
