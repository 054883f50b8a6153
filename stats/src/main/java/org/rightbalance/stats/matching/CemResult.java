package org.rightbalance.stats.matching;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link CoarsenedExactMatching#fit}: one entry per row of the table in the per-row
 * arrays (not copied; do not modify them), plus counts for a consort diagram.
 *
 * @param source       the table's source, for messages
 * @param spec         the specification that was fitted
 * @param treatment    per row, 1 treated or 0 control
 * @param complete     per row, whether every match variable is present; rows with a missing match
 *                     variable are left unmatched and counted in {@code missing}
 * @param stratum      per row, the stratum (1, 2, … in order of the stratum's first row in the table),
 *                     or 0 when the row is unmatched
 * @param weight       per row, the matching weight; 0 when unmatched
 * @param matched      matched units per group
 * @param unmatched    units with complete match variables left unmatched (no unit of the other group in
 *                     their stratum, or not drawn by k-to-k), per group
 * @param missing      units left out because a match variable is missing, per group
 * @param strata       the number of strata holding both groups (the strata of matched units)
 * @param l1           multivariate imbalance before and after matching, measured on the histogram
 *                     described by {@code l1Coarsened} (cem's, finer than the matching's by default)
 * @param coarsened    how each match variable was coarsened for matching, in the order given
 * @param diagnosis    which variable thins the strata most
 * @param l1Coarsened  how each match variable was coarsened for measuring L1, in the order given
 */
public record CemResult(String source, CemSpec spec, int[] treatment, boolean[] complete, int[] stratum,
                        double[] weight, GroupCounts matched, GroupCounts unmatched, GroupCounts missing,
                        int strata, L1Imbalance l1, List<CoarsenedVariable> coarsened,
                        ThinStrataDiagnosis diagnosis, List<CoarsenedVariable> l1Coarsened) {

    public CemResult {
        Objects.requireNonNull(spec, "spec");
        coarsened = List.copyOf(coarsened);
        l1Coarsened = List.copyOf(l1Coarsened);
    }

    public int rowCount() {
        return treatment.length;
    }

    public boolean isMatched(int row) {
        return stratum[row] > 0;
    }

    /**
     * Kish's effective sample size of the matched units of one group, (Σw)²/Σw², as the
     * "Matched (ESS)" line of MatchIt's {@code summary()}.
     */
    public double effectiveSampleSize(int group) {
        double sum = 0;
        double sumSquares = 0;
        for (int i = 0; i < weight.length; i++) {
            if (treatment[i] == group) {
                sum += weight[i];
                sumSquares += weight[i] * weight[i];
            }
        }
        return sumSquares == 0 ? 0 : sum * sum / sumSquares;
    }
}
