package org.rightbalance.stats.matching;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** L1 = ½ Σ |f − g| over the cells of the matching coarsening, worked out by hand. */
class L1ImbalanceTest {

    private static Table cohort(double[] treat, String... sex) {
        List<String> levels = List.of("F", "M", "U");
        int[] codes = new int[sex.length];
        for (int i = 0; i < sex.length; i++) {
            codes[i] = levels.indexOf(sex[i]);
        }
        return Table.of("cohort.csv", new NumericColumn("treat", treat), new CategoricalColumn("sex", codes, levels));
    }

    @Test
    void beforeMatchingL1IsHalfTheSumOfAbsoluteDifferencesOfCellShares() {
        // Treated: M 1, F 2, U 1 (shares ¼, ½, ¼); controls: M 2, F 1 (⅔, ⅓, 0).
        Table t = cohort(new double[]{1, 0, 0, 1, 1, 0, 1}, "M", "M", "M", "F", "F", "F", "U");
        CemResult r = new CoarsenedExactMatching(CemSpec.of("treat", List.of("sex"))).fit(t);
        double expected = 0.5 * (Math.abs(0.25 - 2.0 / 3) + Math.abs(0.5 - 1.0 / 3) + 0.25);
        assertThat(r.l1().before()).isCloseTo(expected, within(1e-15));
    }

    @Test
    void afterMatchingL1IsZeroOnTheMatchingCoarseningForEveryWeighting() {
        Table t = cohort(new double[]{1, 0, 0, 1, 1, 0, 1, 0, 0, 0}, "M", "M", "M", "F", "F", "F", "U", "M", "F", "F");
        CemSpec spec = CemSpec.of("treat", List.of("sex"));
        for (CemSpec s : List.of(spec, spec.withEstimand(Estimand.ATE), spec.withEstimand(Estimand.ATC), spec.withK2k(1))) {
            CemResult r = new CoarsenedExactMatching(s).fit(t);
            assertThat(r.l1().after()).as(s.toString()).isCloseTo(0, within(1e-12));
            assertThat(r.l1().before()).isGreaterThan(0);
        }
    }

    @Test
    void groupsWithNoCellInCommonHaveL1OfOneAndNothingMatches() {
        Table t = cohort(new double[]{1, 1, 0, 0}, "M", "M", "F", "F");
        CemResult r = new CoarsenedExactMatching(CemSpec.of("treat", List.of("sex"))).fit(t);
        assertThat(r.l1().before()).isEqualTo(1.0);
        assertThat(r.l1().after()).isNaN();
        assertThat(r.diagnosis().worstVariable()).contains("sex");
    }
}
