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

/**
 * Per-row strata and weights and counts against MatchIt 4.5.1 on the synthetic cohort (L1, which
 * MatchIt does not measure, is checked against cem's rule in {@link L1AgainstCemReferenceTest}).
 */
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
    void kToKKeepsAsManyUnitsPerStratumAsMatchItsDistancePairing() {
        Table cohort = MatchItFixtures.cohort();
        CemSpec spec = CemSpec.of("treat", FIVE);
        CemResult plain = new CoarsenedExactMatching(spec).fit(cohort);
        CemResult k2k = new CoarsenedExactMatching(spec.withK2k(2020)).fit(cohort);
        Table rows = MatchItFixtures.expected("att_sturges_rows.csv", "id");
        Table expected = MatchItFixtures.expected("k2k_counts.csv");
        // Count the kept units by MatchIt's CEM subclass (the strata before k-to-k).
        Map<Integer, int[]> kept = new HashMap<>();
        for (int i = 0; i < cohort.rowCount(); i++) {
            if (k2k.isMatched(i)) {
                assertThat(k2k.stratum()[i]).isEqualTo(plain.stratum()[i]);
                kept.computeIfAbsent((int) value(rows, "subclass", i), k -> new int[2])[k2k.treatment()[i]]++;
            }
        }
        assertThat(kept).hasSize(expected.rowCount());
        for (int r = 0; r < expected.rowCount(); r++) {
            int[] ours = kept.get((int) value(expected, "subclass", r));
            assertThat(ours).as("subclass %s", value(expected, "subclass", r))
                    .containsExactly((int) value(expected, "control", r), (int) value(expected, "treated", r));
        }
    }

    @Test
    void rowsWithMissingMatchValuesAreLeftOutAsIfMatchItRanOnTheCompleteRows() {
        Table cohort = MatchItFixtures.cohort("cohort_missing.csv");
        CemResult result = new CoarsenedExactMatching(CemSpec.of("treat", FIVE)).fit(cohort);
        Table rows = MatchItFixtures.expected("missing_rows.csv", "id");
        int missing = 0;
        for (int i = 0; i < cohort.rowCount(); i++) {
            assertThat(result.isMatched(i)).isEqualTo(!Double.isNaN(value(rows, "subclass", i)));
            assertClose(result.weight()[i], value(rows, "weight", i), "weight of row " + i);
            missing += result.complete()[i] ? 0 : 1;
        }
        // Sturges' n counts only the 982 complete rows, so age gets 11 bins (10 interior breaks), not 12.
        assertThat(missing).isEqualTo(result.missing().total()).isEqualTo(518);
        assertThat(result.coarsened().get(4).cutPoints()).hasSize(10);
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
    }
}
