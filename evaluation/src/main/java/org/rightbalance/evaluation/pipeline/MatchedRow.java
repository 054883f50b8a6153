package org.rightbalance.evaluation.pipeline;

import org.rightbalance.evaluation.cohort.AnalysisRow;

import java.util.Objects;

/**
 * A row of the analysis table after matching.
 *
 * @param row     the child's row
 * @param matched whether the child is in a stratum holding both groups
 * @param stratum the stratum (1, 2, …), 0 when unmatched
 * @param weight  the matching weight, 0 when unmatched
 */
public record MatchedRow(AnalysisRow row, boolean matched, int stratum, double weight) {

    public MatchedRow {
        Objects.requireNonNull(row, "row");
    }
}
