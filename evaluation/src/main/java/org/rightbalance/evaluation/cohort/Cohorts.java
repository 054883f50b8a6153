package org.rightbalance.evaluation.cohort;

import java.util.List;
import java.util.Map;

/**
 * The cohorts drawn from an extract by {@link CohortBuilder}.
 *
 * @param rows                      the analysis table before matching: treated children, then comparison
 *                                  children, each in person-id order
 * @param counts                    the consort counts before matching
 * @param profiles                  Tables 6–7 characteristics of each child in {@code rows}, by person id
 * @param evaluationPeriodUntreated the characteristics of the children never flagged who were referred in
 *                                  the treated window in the treated age band
 */
public record Cohorts(List<AnalysisRow> rows, CohortCounts counts, Map<String, ChildProfile> profiles,
                      List<ChildProfile> evaluationPeriodUntreated) {

    public Cohorts {
        rows = List.copyOf(rows);
        profiles = Map.copyOf(profiles);
        evaluationPeriodUntreated = List.copyOf(evaluationPeriodUntreated);
    }
}
