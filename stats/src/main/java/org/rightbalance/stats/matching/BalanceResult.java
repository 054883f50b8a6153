package org.rightbalance.stats.matching;

import java.util.List;

/**
 * A balance table: MatchIt's {@code summary(m, un = TRUE)} plus a p-value per row.
 *
 * @param estimand      which standard deviation standardised the mean differences
 * @param rows          one per numeric variable and per level of each categorical variable, in the
 *                      order of the match variables
 * @param all           units before matching, per group
 * @param matched       matched units (positive weight), per group
 * @param essTreated    effective sample size of the matched treated units, (Σw)²/Σw²
 * @param essControl    effective sample size of the matched control units, (Σw)²/Σw²
 */
public record BalanceResult(Estimand estimand, List<BalanceRow> rows, GroupCounts all, GroupCounts matched,
                            double essTreated, double essControl) {

    public BalanceResult {
        rows = List.copyOf(rows);
    }

    /** The row named {@code name} (e.g. {@code age} or {@code sexF}). */
    public BalanceRow row(String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no balance row '" + name + "'"));
    }
}
