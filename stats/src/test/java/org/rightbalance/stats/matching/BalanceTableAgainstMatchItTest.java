package org.rightbalance.stats.matching;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.Table;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightbalance.stats.matching.MatchItFixtures.assertClose;
import static org.rightbalance.stats.matching.MatchItFixtures.value;

/**
 * Balance rows against MatchIt 4.5.1's {@code summary(m, un = TRUE)}, and p-values against
 * {@code lm(x ~ treat, weights = w)} with {@code sandwich::vcovHC(type = "HC1")}.
 */
class BalanceTableAgainstMatchItTest {

    private static final List<String> FIVE = List.of("previous_referral", "sex", "quarter", "siblings", "age");

    @Test
    void attBalanceRowsMatchMatchItSummaryWithTreatedSdAndHc1PValues() {
        assertBalanceAgrees(CemSpec.of("treat", FIVE), "att_sturges");
    }

    @Test
    void ateBalanceRowsUseThePooledSdOfBothGroupsAsMatchItDoes() {
        List<String> six = new ArrayList<>(FIVE);
        six.add("region");
        CemSpec spec = CemSpec.of("treat", six)
                .withEstimand(Estimand.ATE)
                .withCoarsening("age", Coarsening.cutPoints(11, 12.5, 13))
                .withCoarsening("region", Coarsening.groups(List.of(List.of("A", "B"), List.of("C", "D"))));
        assertBalanceAgrees(spec, "ate_cuts_grouped");
    }

    @Test
    void atcBalanceRowsUseTheControlSdAsMatchItDoes() {
        CemSpec spec = CemSpec.of("treat", FIVE).withEstimand(Estimand.ATC).withCoarsening("age", Coarsening.bins(4));
        assertBalanceAgrees(spec, "atc_bins");
    }

    @Test
    void categoricalVariablesExpandIntoOneIndicatorRowPerLevelNamedLikeMatchIt() {
        Table cohort = MatchItFixtures.cohort();
        CemResult match = new CoarsenedExactMatching(CemSpec.of("treat", FIVE)).fit(cohort);
        BalanceResult balance = BalanceTable.compute(cohort, match);
        assertThat(balance.rows()).extracting(BalanceRow::name)
                .containsExactly("previous_referral", "sexF", "sexM", "sexU", "quarter", "siblings", "age");
        assertThat(balance.row("sexU").binary()).isTrue();
        assertThat(balance.row("sexU").level()).isEqualTo("U");
        assertThat(balance.row("sexU").after().varianceRatio()).isNaN();
        assertThat(balance.row("age").binary()).isFalse();
        assertThat(balance.all()).isEqualTo(new GroupCounts(296, 1204));
        assertThat(balance.matched()).isEqualTo(match.matched());
    }

    static void assertBalanceAgrees(CemSpec spec, String scenario) {
        Table cohort = MatchItFixtures.cohort();
        CemResult match = new CoarsenedExactMatching(spec).fit(cohort);
        BalanceResult balance = BalanceTable.compute(cohort, match);
        Table expected = MatchItFixtures.expected(scenario + "_balance.csv", "row");
        Table counts = MatchItFixtures.expected(scenario + "_counts.csv");
        CategoricalColumn names = (CategoricalColumn) expected.column("row");
        assertThat(balance.rows()).hasSize(expected.rowCount());
        for (int r = 0; r < expected.rowCount(); r++) {
            String name = names.text(r);
            BalanceRow row = balance.row(name);
            assertSide(row.before(), expected, r, "before", name);
            assertSide(row.after(), expected, r, "after", name);
        }
        assertClose(balance.essTreated(), value(counts, "ess_treated", 0), "ESS treated");
        assertClose(balance.essControl(), value(counts, "ess_control", 0), "ESS control");
    }

    private static void assertSide(BalanceRow.Side side, Table expected, int r, String when, String name) {
        String at = name + " " + when + ": ";
        assertClose(side.meanTreated(), value(expected, "mean_treated_" + when, r), at + "treated mean");
        assertClose(side.meanControl(), value(expected, "mean_control_" + when, r), at + "control mean");
        assertClose(side.stdMeanDiff(), value(expected, "smd_" + when, r), at + "std. mean diff.");
        assertClose(side.varianceRatio(), value(expected, "var_ratio_" + when, r), at + "variance ratio");
        assertClose(side.ecdfMean(), value(expected, "ecdf_mean_" + when, r), at + "eCDF mean");
        assertClose(side.ecdfMax(), value(expected, "ecdf_max_" + when, r), at + "eCDF max");
        assertClose(side.pValue(), value(expected, "p_" + when, r), at + "HC1 p-value");
    }
}
