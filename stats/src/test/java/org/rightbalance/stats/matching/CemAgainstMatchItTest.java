package org.rightbalance.stats.matching;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightbalance.stats.matching.MatchItFixtures.assertClose;
import static org.rightbalance.stats.matching.MatchItFixtures.value;

/** Per-row strata and weights, counts and L1 against MatchIt 4.5.1 on the synthetic cohort. */
class CemAgainstMatchItTest {

    private static final List<String> FIVE = List.of("previous_referral", "sex", "quarter", "siblings", "age");

    @Test
    void attWeightsMatchMatchItWithSturgesBinsOnSyntheticCohort() {
        CemSpec spec = CemSpec.of("treat", FIVE);
        assertAgreesWithMatchIt(spec, "att_sturges");
    }

    @Test
    void ateWeightsMatchMatchItWithUserCutPointsAndGroupedLevels() {
        List<String> six = new java.util.ArrayList<>(FIVE);
        six.add("region");
        CemSpec spec = CemSpec.of("treat", six)
                .withEstimand(Estimand.ATE)
                .withCoarsening("age", Coarsening.cutPoints(11, 12.5, 13))
                .withCoarsening("region", Coarsening.groups(List.of(List.of("A", "B"), List.of("C", "D"))));
        assertAgreesWithMatchIt(spec, "ate_cuts_grouped");
    }

    @Test
    void atcWeightsMatchMatchItWithANumberOfEqualWidthBins() {
        CemSpec spec = CemSpec.of("treat", FIVE)
                .withEstimand(Estimand.ATC)
                .withCoarsening("age", Coarsening.bins(4));
        assertAgreesWithMatchIt(spec, "atc_bins");
    }

    @Test
    void sturgesRuleUsesCeilingOfLog2PlusOneLikeR() {
        assertThat(CoarsenedExactMatching.sturgesBins(1500)).isEqualTo(12);
        assertThat(CoarsenedExactMatching.sturgesBins(1024)).isEqualTo(11);
        assertThat(CoarsenedExactMatching.sturgesBins(1025)).isEqualTo(12);
        assertThat(CoarsenedExactMatching.sturgesBins(584)).isEqualTo(11);
    }

    @Test
    void binsAreClosedOnTheLeftLikeFindInterval() {
        double[] interior = {11, 12.5, 13};
        assertThat(CoarsenedExactMatching.binOf(10.99, interior)).isZero();
        assertThat(CoarsenedExactMatching.binOf(11, interior)).isEqualTo(1);
        assertThat(CoarsenedExactMatching.binOf(12.5, interior)).isEqualTo(2);
        assertThat(CoarsenedExactMatching.binOf(13, interior)).isEqualTo(3);
        assertThat(CoarsenedExactMatching.binOf(99, interior)).isEqualTo(3);
    }

    static void assertAgreesWithMatchIt(CemSpec spec, String scenario) {
        Table cohort = MatchItFixtures.cohort();
        CemResult result = new CoarsenedExactMatching(spec).fit(cohort);
        Table rows = MatchItFixtures.expected(scenario + "_rows.csv", "id");
        Table counts = MatchItFixtures.expected(scenario + "_counts.csv");
        CategoricalColumn ids = (CategoricalColumn) cohort.column("id");
        CategoricalColumn expectedIds = (CategoricalColumn) rows.column("id");

        Map<Integer, Integer> ourToR = new HashMap<>();
        Map<Integer, Integer> rToOur = new HashMap<>();
        for (int i = 0; i < cohort.rowCount(); i++) {
            assertThat(expectedIds.text(i)).isEqualTo(ids.text(i));
            double subclass = value(rows, "subclass", i);
            boolean matchedInR = !Double.isNaN(subclass);
            assertThat(result.isMatched(i)).as("row %s matched", ids.text(i)).isEqualTo(matchedInR);
            assertClose(result.weight()[i], value(rows, "weight", i), "weight of " + ids.text(i));
            if (matchedInR) {
                int ours = result.stratum()[i];
                int theirs = (int) subclass;
                // The same partition: each of our strata is exactly one of MatchIt's subclasses.
                assertThat(ourToR.computeIfAbsent(ours, k -> theirs)).as("stratum %d", ours).isEqualTo(theirs);
                assertThat(rToOur.computeIfAbsent(theirs, k -> ours)).as("subclass %d", theirs).isEqualTo(ours);
            } else {
                assertThat(result.stratum()[i]).isZero();
            }
        }
        assertThat(result.matched()).isEqualTo(new GroupCounts((int) value(counts, "matched_treated", 0),
                (int) value(counts, "matched_control", 0)));
        assertThat(result.unmatched()).isEqualTo(new GroupCounts((int) value(counts, "unmatched_treated", 0),
                (int) value(counts, "unmatched_control", 0)));
        assertThat(result.missing()).isEqualTo(new GroupCounts(0, 0));
        assertThat(result.strata()).isEqualTo((int) value(counts, "strata", 0));
        assertClose(result.effectiveSampleSize(1), value(counts, "ess_treated", 0), "ESS treated");
        assertClose(result.effectiveSampleSize(0), value(counts, "ess_control", 0), "ESS control");
        assertClose(result.l1().before(), value(counts, "l1_before", 0), "L1 before");
        assertClose(result.l1().after(), value(counts, "l1_after", 0), "L1 after");
    }
}
