package org.rightbalance.stats.matching;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rightbalance.stats.matching.MatchItFixtures.value;

/**
 * L1 before and after matching against the cem package's {@code imbalance()}/{@code L1.meas()},
 * restated in base R by fixtures/matching/make_l1_fixtures.R (the package is not installable here),
 * with MatchIt 4.5.1's weights for "after": the values (l1_cem.csv) at 1e-9 and the breaks of every
 * numeric variable (l1_cem_breaks.csv) to the last bit.
 */
class L1AgainstCemReferenceTest {

    private static final List<String> FIVE = List.of("previous_referral", "sex", "quarter", "siblings", "age");
    private static final double TOLERANCE = 1e-9;

    @Test
    void attWithSturgesMatchingAgreesWithCem() {
        CemResult r = check(MatchItFixtures.cohort(), CemSpec.of("treat", FIVE), "att_sturges");
        // Matching cuts age into 12 Sturges bins; cem's L1 uses half-year pretty bins from 10 to 14.
        assertThat(r.coarsened().get(4).cutPoints()).hasSize(11);
        assertThat(r.l1Coarsened().get(4).rule()).isEqualTo(Coarsening.prettyScott());
        assertThat(r.l1Coarsened().get(4).cutPoints()).containsExactly(10.5, 11, 11.5, 12, 12.5, 13, 13.5);
        assertThat(r.l1Coarsened().get(1).rule()).isEqualTo(Coarsening.exact());
    }

    @Test
    void ateWithCutPointsAndGroupedLevelsAgreesWithCemWhichMeasuresEveryRegionApart() {
        List<String> six = new ArrayList<>(FIVE);
        six.add("region");
        CemSpec spec = CemSpec.of("treat", six)
                .withEstimand(Estimand.ATE)
                .withCoarsening("age", Coarsening.cutPoints(11, 12.5, 13))
                .withCoarsening("region", Coarsening.groups(List.of(List.of("A", "B"), List.of("C", "D"))));
        CemResult r = check(MatchItFixtures.cohort(), spec, "ate_cuts_grouped");
        assertThat(r.coarsened().get(5).levels()).isEqualTo(3);
        assertThat(r.l1Coarsened().get(5).rule()).isEqualTo(Coarsening.exact());
        assertThat(r.l1Coarsened().get(5).levels()).isEqualTo(5);
    }

    @Test
    void atcWithEqualWidthBinsAgreesWithCem() {
        CemSpec spec = CemSpec.of("treat", FIVE).withEstimand(Estimand.ATC).withCoarsening("age", Coarsening.bins(4));
        check(MatchItFixtures.cohort(), spec, "atc_bins");
    }

    @Test
    void completeRowsOnlyAgreeWithCemRunOnThem() {
        CemResult r = check(MatchItFixtures.cohort("cohort_missing.csv"), CemSpec.of("treat", FIVE), "missing");
        assertThat(r.missing().total()).isEqualTo(518);
    }

    @Test
    void userGivenBreaksForL1AgreeWithTheReferenceAndLeaveMatchingAlone() {
        CemSpec plain = CemSpec.of("treat", FIVE);
        CemSpec given = plain.withL1Coarsening("age", Coarsening.cutPoints(11, 12, 13))
                .withL1Coarsening("quarter", Coarsening.exact());
        CemResult r = check(MatchItFixtures.cohort(), given, "att_sturges_given");
        CemResult p = new CoarsenedExactMatching(plain).fit(MatchItFixtures.cohort());
        assertThat(r.weight()).containsExactly(p.weight());
        assertThat(r.coarsened()).usingRecursiveFieldByFieldElementComparator().isEqualTo(p.coarsened());
        assertThat(r.l1Coarsened().get(2).rule()).isEqualTo(Coarsening.exact());
        assertThat(r.l1Coarsened().get(2).levels()).isEqualTo(4);
    }

    private static CemResult check(Table cohort, CemSpec spec, String scenario) {
        CemResult result = new CoarsenedExactMatching(spec).fit(cohort);
        Table expected = MatchItFixtures.expected("l1_cem.csv", "scenario");
        int row = rowOf(expected, "scenario", scenario);
        double before = value(expected, "l1_before", row);
        double after = value(expected, "l1_after", row);
        assertThat(result.l1().before()).as("L1 before, %s", scenario).isCloseTo(before, within(TOLERANCE));
        assertThat(result.l1().after()).as("L1 after, %s", scenario).isCloseTo(after, within(TOLERANCE));
        assertThat(after).as("matching lowers L1 without reaching 0").isLessThan(before).isGreaterThan(0);

        Table breaks = MatchItFixtures.expected("l1_cem_breaks.csv", "scenario", "variable", "breaks");
        CategoricalColumn scenarios = (CategoricalColumn) breaks.column("scenario");
        CategoricalColumn variables = (CategoricalColumn) breaks.column("variable");
        CategoricalColumn values = (CategoricalColumn) breaks.column("breaks");
        int checked = 0;
        for (int i = 0; i < breaks.rowCount(); i++) {
            if (!scenarios.text(i).equals(scenario)) {
                continue;
            }
            String name = variables.text(i);
            double[] all = Arrays.stream(values.text(i).split(";")).mapToDouble(MatchItFixtures::parseR).toArray();
            CoarsenedVariable v = result.l1Coarsened().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            // R reports every break; the outer ones (the data's pretty range, or ±∞) bound the outer bins.
            assertThat(v.cutPoints()).as("%s breaks of %s", scenario, name)
                    .containsExactly(Arrays.copyOfRange(all, 1, all.length - 1));
            checked++;
        }
        long numericDefaultOrCut = result.l1Coarsened().stream()
                .filter(v -> v.rule() instanceof Coarsening.PrettyScott || v.rule() instanceof Coarsening.CutPoints).count();
        assertThat(checked).isEqualTo(numericDefaultOrCut).isPositive();
        return result;
    }

    private static int rowOf(Table table, String column, String label) {
        CategoricalColumn c = (CategoricalColumn) table.column(column);
        for (int i = 0; i < table.rowCount(); i++) {
            if (c.text(i).equals(label)) {
                return i;
            }
        }
        throw new IllegalStateException("no row " + label + " in " + table.source());
    }
}
