package org.rightbalance.evaluation.pipeline;

import java.util.List;

/**
 * The consort diagram of both cohorts: flagged → key referral in the window → in the age band → matched
 * for the treated; never flagged with a referral in the window → in the age band → matched for the
 * comparison cohort; plus the flagged children excluded for their age.
 */
public record Consort(List<ConsortStep> treated, List<ConsortStep> comparison, int treatedBelowAgeBand,
                      int treatedAboveAgeBand) {

    public Consort {
        treated = List.copyOf(treated);
        comparison = List.copyOf(comparison);
    }
}
