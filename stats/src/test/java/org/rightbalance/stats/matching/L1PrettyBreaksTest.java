package org.rightbalance.stats.matching;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rightbalance.stats.matching.MatchItFixtures.value;

/**
 * The breaks of cem's default L1 coarsening: R's {@code pretty()} to the last bit on 800 random ranges
 * (fixtures/matching/pretty_cases.csv, written by make_l1_fixtures.R), Scott's number of classes and
 * right-closed bins, worked by hand.
 */
class L1PrettyBreaksTest {

    @Test
    void prettyAgreesWithRToTheLastBitOnRandomRanges() {
        Table cases = MatchItFixtures.expected("pretty_cases.csv", "lo", "up", "breaks");
        CategoricalColumn lo = (CategoricalColumn) cases.column("lo");
        CategoricalColumn up = (CategoricalColumn) cases.column("up");
        CategoricalColumn breaks = (CategoricalColumn) cases.column("breaks");
        assertThat(cases.rowCount()).isEqualTo(800);
        for (int i = 0; i < cases.rowCount(); i++) {
            double l = MatchItFixtures.parseR(lo.text(i));
            double u = MatchItFixtures.parseR(up.text(i));
            int n = (int) value(cases, "n", i);
            double[] expected = Arrays.stream(breaks.text(i).split(";")).mapToDouble(MatchItFixtures::parseR).toArray();
            assertThat(PrettyBreaks.pretty(l, u, n, 1)).as("pretty(c(%s, %s), %d, 1)", lo.text(i), up.text(i), n)
                    .containsExactly(expected);
        }
    }

    @Test
    void prettyOfAZeroOneRangeInFiveIntervalsStepsByOneFifth() {
        // R: pretty(c(0, 1), 5, 1) is 0, 0.2, 0.4, 0.6000000000000001, 0.8, 1 (seq.int's from + i·by).
        assertThat(PrettyBreaks.pretty(0, 1, 5, 1)).containsExactly(0, 0.2, 0.4, 3 * 0.2, 0.8, 1);
        // A constant: one interval from a nice number below it to the value (R: pretty(c(5, 5), 1, 1) is 0, 5).
        assertThat(PrettyBreaks.pretty(5, 5, 1, 1)).containsExactly(0, 5);
    }

    @Test
    void scottsRuleIsTheRangeOverThreeAndAHalfStandardDeviationsTimesNToTheMinusOneThird() {
        // x = 1..8: sd = √6, h = 3.5·√6·8^(−1/3) = 4.2866…, range 7 → ⌈1.633…⌉ = 2 classes.
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        boolean[] all = new boolean[8];
        Arrays.fill(all, true);
        assertThat(PrettyBreaks.scottClasses(x, all, 1, 8)).isEqualTo(2);
        // pretty(c(1, 8), 2, 1): cell 3.5 → unit 5, breaks 0, 5, 10.
        assertThat(PrettyBreaks.breaks(x, all)).containsExactly(0, 5, 10);
        // Rows left out do not count: 1, 2 and 8 alone have sd 3.786, h = 9.19 > 7, so one class.
        boolean[] some = {true, true, false, false, false, false, false, true};
        assertThat(PrettyBreaks.scottClasses(x, some, 1, 8)).isEqualTo(1);
        // No spread: h = 0 gives one class, as R's nclass.scott.
        assertThat(PrettyBreaks.scottClasses(new double[]{3, 3, 3}, new boolean[]{true, true, true}, 3, 3)).isEqualTo(1);
    }

    @Test
    void binsAreClosedOnTheRightLikeCutWithIncludeLowest() {
        // Breaks 0, 5, 10: bins [0, 5] and (5, 10].
        double[] interior = PrettyBreaks.interior(new double[]{0, 5, 10});
        assertThat(interior).containsExactly(5);
        assertThat(PrettyBreaks.binOf(0, interior)).isZero();
        assertThat(PrettyBreaks.binOf(5, interior)).isZero();
        assertThat(PrettyBreaks.binOf(5.000001, interior)).isEqualTo(1);
        assertThat(PrettyBreaks.binOf(10, interior)).isEqualTo(1);
        // Repeated breaks are dropped, as cem's unique(breaks).
        assertThat(PrettyBreaks.interior(new double[]{0, 1, 1, 2})).containsExactly(1);
        assertThat(PrettyBreaks.interior(new double[]{0, 1})).isEmpty();
    }

    @Test
    void prettyScottCanAlsoCoarsenForMatchingWithItsRightClosedBins() {
        // Ages 1..8 get breaks 0, 5, 10: 1–5 in one stratum, 6–8 in the other (5 goes below).
        Table t = Table.of("cohort.csv",
                new NumericColumn("treat", new double[]{1, 0, 0, 0, 1, 1, 0, 1}),
                new NumericColumn("age", new double[]{1, 2, 3, 4, 5, 6, 7, 8}));
        CemResult r = new CoarsenedExactMatching(CemSpec.of("treat", List.of("age"))
                .withCoarsening("age", Coarsening.prettyScott())).fit(t);
        assertThat(r.coarsened().get(0).cutPoints()).containsExactly(5);
        assertThat(r.stratum()).containsExactly(1, 1, 1, 1, 1, 2, 2, 2);
        // The L1 histogram is then the strata, so matching leaves no imbalance on it.
        assertThat(r.l1().after()).isCloseTo(0, within(1e-15));
    }
}
