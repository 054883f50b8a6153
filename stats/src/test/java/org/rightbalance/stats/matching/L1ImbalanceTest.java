package org.rightbalance.stats.matching;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** L1 = ½ Σ |f − g| over the cells of L1's own histogram, worked out by hand, and on a realistic cohort. */
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
    void identicalGroupsHaveL1OfZero() {
        Table t = Table.of("cohort.csv",
                new NumericColumn("treat", new double[]{1, 1, 1, 1, 0, 0, 0, 0}),
                new NumericColumn("age", new double[]{10, 11.5, 12, 13.9, 13.9, 12, 11.5, 10}));
        CemResult r = new CoarsenedExactMatching(CemSpec.of("treat", List.of("age"))).fit(t);
        assertThat(r.l1().before()).isZero();
        assertThat(r.l1().after()).isZero();
    }

    @Test
    void groupsInDisjointBinsHaveL1OfOne() {
        // Ages 1, 2, 3 treated and 7, 8, 9 controls: sd 3.347, h = 3.5·3.347·6^(−1/3) = 6.45, range 8 → 2
        // Scott classes; pretty(c(1, 9), 2, 1) = 0, 5, 10. Matching on 3 bins of the range [1, 9)
        // matches no one either, so after is NaN.
        Table t = Table.of("cohort.csv",
                new NumericColumn("treat", new double[]{1, 1, 1, 0, 0, 0}),
                new NumericColumn("age", new double[]{1, 2, 3, 7, 8, 9}));
        CemResult r = new CoarsenedExactMatching(CemSpec.of("treat", List.of("age")).withCoarsening("age", Coarsening.bins(3))).fit(t);
        assertThat(r.l1Coarsened().get(0).cutPoints()).containsExactly(5);
        assertThat(r.l1().before()).isEqualTo(1.0);
        assertThat(r.matched().total()).isZero();
        assertThat(r.l1().after()).isNaN();
    }

    @Test
    void l1SeesTheImbalanceLeftInsideAMatchingStratum() {
        // One matching stratum (age in 1 bin) holds everyone, weights all 1 (T_s/C_s = 1). L1's pretty
        // breaks: ages 0..9, sd 3.03, h = 3.5·3.03·10^(−1/3) = 4.92, range 9 → 2 classes;
        // pretty(c(0, 9), 2, 1) = 0, 5, 10, bins [0, 5] and (5, 10]. Treated 0, 1, 2, 3, 6 (⅘ in the
        // first bin), controls 4, 5, 7, 8, 9 (⅖): L1 = ½(|⅘ − ⅖| + |⅕ − ⅗|) = 0.4 before and after.
        Table t = Table.of("cohort.csv",
                new NumericColumn("treat", new double[]{1, 1, 1, 1, 0, 0, 1, 0, 0, 0}),
                new NumericColumn("age", new double[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
        CemResult r = new CoarsenedExactMatching(CemSpec.of("treat", List.of("age"))
                .withCoarsening("age", Coarsening.bins(1))).fit(t);
        assertThat(r.strata()).isEqualTo(1);
        assertThat(r.l1Coarsened().get(0).cutPoints()).containsExactly(5);
        assertThat(r.l1().before()).isCloseTo(0.4, within(1e-15));
        assertThat(r.l1().after()).isCloseTo(0.4, within(1e-15));
        // Measured on the matching coarsening instead, the same match shows no imbalance at all.
        CemResult onMatching = new CoarsenedExactMatching(CemSpec.of("treat", List.of("age"))
                .withCoarsening("age", Coarsening.bins(1)).withL1Coarsening("age", Coarsening.bins(1))).fit(t);
        assertThat(onMatching.l1().before()).isZero();
        assertThat(onMatching.l1().after()).isZero();
    }

    @Test
    void withOnlyCategoriesMatchedExactlyL1sHistogramIsTheStrataAndAfterIsZeroForEveryWeighting() {
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

    @Test
    void groupedLevelsAreMatchedTogetherButMeasuredApart() {
        // Matching puts A and B in one stratum (weights 1: one treated, one control); L1 sees treated
        // all in A and controls all in B.
        List<String> levels = List.of("A", "B");
        Table t = Table.of("cohort.csv", new NumericColumn("treat", new double[]{1, 0}),
                new CategoricalColumn("region", new int[]{0, 1}, levels));
        CemSpec spec = CemSpec.of("treat", List.of("region")).withCoarsening("region", Coarsening.groups(List.of(levels)));
        CemResult r = new CoarsenedExactMatching(spec).fit(t);
        assertThat(r.matched().total()).isEqualTo(2);
        assertThat(r.l1().after()).isEqualTo(1.0);
        assertThat(r.l1Coarsened().get(0).levels()).isEqualTo(2);
        assertThat(r.coarsened().get(0).levels()).isEqualTo(1);
    }

    @Test
    void onARealisticCohortMatchingLowersL1WithoutReachingZero() {
        // 20 000 children: older ones, those with a previous referral and region E are more often
        // referred to the programme; age is continuous (days), so CEM's Sturges bins leave imbalance
        // inside each stratum that L1's finer pretty bins show.
        int n = 20_000;
        SplittableRandom random = new SplittableRandom(2011);
        double[] treat = new double[n];
        double[] previous = new double[n];
        double[] age = new double[n];
        int[] region = new int[n];
        for (int i = 0; i < n; i++) {
            previous[i] = random.nextDouble() < 0.55 ? 1 : 0;
            age[i] = 10 + Math.floor(random.nextDouble() * 4 * 365) / 365;
            region[i] = random.nextInt(5);
            double lp = -1.6 + 0.5 * previous[i] + 0.6 * (age[i] - 12) + 0.4 * (region[i] == 4 ? 1 : 0);
            treat[i] = random.nextDouble() < 1 / (1 + Math.exp(-lp)) ? 1 : 0;
        }
        Table t = Table.of("synthetic.csv", new NumericColumn("treat", treat), new NumericColumn("previous", previous),
                new NumericColumn("age", age), new CategoricalColumn("region", region, List.of("A", "B", "C", "D", "E")));
        CemResult r = new CoarsenedExactMatching(CemSpec.of("treat", List.of("previous", "age", "region"))).fit(t);

        assertThat(r.matched().total()).isGreaterThan(n * 9 / 10);
        assertThat(r.l1().before()).isBetween(0.1, 0.9);
        assertThat(r.l1().after()).isPositive().isLessThan(r.l1().before() / 2);
        // L1's age bins are finer than matching's Sturges bins (⌈log₂ 20000 + 1⌉ = 16).
        assertThat(r.coarsened().get(1).levels()).isEqualTo(16);
        assertThat(r.l1Coarsened().get(1).levels()).isGreaterThan(16);
    }
}
