package org.rightbalance.stats.matching;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Hand-built cohorts whose answers can be worked out on paper. */
class CemEdgeCasesTest {

    private static CategoricalColumn labels(String name, String... values) {
        List<String> levels = java.util.Arrays.stream(values).filter(v -> !v.isEmpty()).distinct().sorted().toList();
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = values[i].isEmpty() ? -1 : levels.indexOf(values[i]);
        }
        return new CategoricalColumn(name, codes, levels);
    }

    private static NumericColumn numbers(String name, double... values) {
        return new NumericColumn(name, values);
    }

    @Test
    void aStratumWithOnlyTreatedUnitsIsDroppedAndItsUnitsGetWeightZero() {
        Table t = Table.of("cohort.csv",
                numbers("treat", 1, 0, 0, 1, 1, 0, 1),
                labels("sex", "M", "M", "M", "F", "F", "F", "U"));
        CemResult r = new CoarsenedExactMatching(CemSpec.of("treat", List.of("sex"))).fit(t);

        // Strata: M (1 treated, 2 controls), F (2 treated, 1 control), U (1 treated only: dropped).
        assertThat(r.strata()).isEqualTo(2);
        assertThat(r.stratum()).containsExactly(1, 1, 1, 2, 2, 2, 0);
        assertThat(r.weight()[6]).isZero();
        assertThat(r.matched()).isEqualTo(new GroupCounts(3, 3));
        assertThat(r.unmatched()).isEqualTo(new GroupCounts(1, 0));
        // ATT: control weight (T_s / C_s)·(m_C / m_T) = (1/2)(3/3) in M and (2/1)(3/3) in F.
        assertThat(r.weight()).containsExactly(new double[]{1, 0.5, 0.5, 1, 1, 2, 0}, within(1e-15));
        // Only a category, matched exactly: L1's histogram is the strata, so after is 0.
        assertThat(r.l1().after()).isCloseTo(0, within(1e-15));
    }

    @Test
    void ateAndAtcWeightsFollowMatchItsFormulas() {
        Table t = Table.of("cohort.csv",
                numbers("treat", 1, 0, 0, 1, 1, 0),
                labels("sex", "M", "M", "M", "F", "F", "F"));
        CemSpec spec = CemSpec.of("treat", List.of("sex"));
        CemResult atc = new CoarsenedExactMatching(spec.withEstimand(Estimand.ATC)).fit(t);
        // ATC: treated (C_s/T_s)·(m_T/m_C) = 2·1 in M and (1/2)·1 in F; controls 1.
        assertThat(atc.weight()).containsExactly(new double[]{2, 1, 1, 0.5, 0.5, 1}, within(1e-15));
        CemResult ate = new CoarsenedExactMatching(spec.withEstimand(Estimand.ATE)).fit(t);
        // ATE: treated (N_s/T_s)·m_T/(m_T+m_C) = 3·½ in M, (3/2)·½ in F; controls (3/2)·½ in M, 3·½ in F.
        assertThat(ate.weight()).containsExactly(new double[]{1.5, 0.75, 0.75, 0.75, 0.75, 1.5}, within(1e-15));
    }

    @Test
    void nothingMatchingYieldsADiagnosisNamingTheVariableThatThinsTheStrata() {
        // Every unit has its own age, so age makes every stratum a singleton; sex alone matches everyone.
        Table t = Table.of("cohort.csv",
                numbers("treat", 1, 0, 1, 0, 1, 0),
                labels("sex", "M", "M", "F", "F", "M", "F"),
                numbers("age", 10, 11, 12, 13, 14, 15));
        CemSpec spec = CemSpec.of("treat", List.of("sex", "age")).withCoarsening("age", Coarsening.exact());
        CemResult r = new CoarsenedExactMatching(spec).fit(t);

        assertThat(r.matched()).isEqualTo(new GroupCounts(0, 0));
        assertThat(r.strata()).isZero();
        assertThat(r.l1().after()).isNaN();
        ThinStrataDiagnosis d = r.diagnosis();
        assertThat(d.worstVariable()).contains("age");
        assertThat(d.variables()).extracting(ThinStrataDiagnosis.Variable::name).containsExactly("sex", "age");
        assertThat(d.variables().get(1).treatedMatchedWithout()).isEqualTo(3);
        assertThat(d.variables().get(1).levels()).isEqualTo(6);
        assertThat(d.variables().get(0).treatedMatchedWithout()).isZero();
        assertThat(d.explanation()).contains("No treated units matched").contains("'age'").contains("6 values")
                .doesNotContain("\n");
    }

    @Test
    void allMatchedDiagnosisSaysSoAndBlamesNoVariable() {
        Table t = Table.of("cohort.csv", numbers("treat", 1, 0, 1, 0), labels("sex", "M", "M", "F", "F"));
        CemResult r = new CoarsenedExactMatching(CemSpec.of("treat", List.of("sex"))).fit(t);
        assertThat(r.diagnosis().worstVariable()).isEmpty();
        assertThat(r.diagnosis().explanation()).isEqualTo("All 2 treated units matched, in 2 strata.");
    }

    @Test
    void aTreatmentValueOtherThanZeroOrOneIsAnErrorNamingTheLineAndColumn() {
        Table t = Table.of("cohort.csv", numbers("treat", 1, 0, 2, 0), labels("sex", "M", "M", "F", "F"));
        assertThatThrownBy(() -> new CoarsenedExactMatching(CemSpec.of("treat", List.of("sex"))).fit(t))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("cohort.csv, line 4, column 'treat': the treatment must be 0 (control) or 1 (treated), found '2'");
    }

    @Test
    void aMissingTreatmentIsAnErrorNamingTheLine() {
        Table t = Table.of("cohort.csv", numbers("treat", 1, Double.NaN, 0), labels("sex", "M", "M", "F"));
        assertThatThrownBy(() -> new CoarsenedExactMatching(CemSpec.of("treat", List.of("sex"))).fit(t))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("cohort.csv, line 3, column 'treat': the treatment is missing");
    }

    @Test
    void labelledTreatmentNeedsTheTreatedLabelAndRejectsAThirdLabel() {
        Table t = Table.of("cohort.csv", labels("group", "rbff", "past", "rbff", "past"), labels("sex", "M", "M", "F", "F"));
        CemSpec spec = CemSpec.of("group", List.of("sex"));
        assertThatThrownBy(() -> new CoarsenedExactMatching(spec).fit(t))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("column 'group'").hasMessageContaining("say which label is the treated group");
        CemResult r = new CoarsenedExactMatching(spec.withTreatedLabel("rbff")).fit(t);
        assertThat(r.treatment()).containsExactly(1, 0, 1, 0);

        Table three = Table.of("cohort.csv", labels("group", "rbff", "past", "other", "past"), labels("sex", "M", "M", "F", "F"));
        assertThatThrownBy(() -> new CoarsenedExactMatching(spec.withTreatedLabel("rbff")).fit(three))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("cohort.csv, line 4, column 'group': the treatment must take two values ('rbff' treated, 'past' control), found a third: 'other'");
    }

    @Test
    void anEmptyGroupIsAClearError() {
        Table t = Table.of("cohort.csv", numbers("treat", 1, 1, 1), labels("sex", "M", "M", "F"));
        assertThatThrownBy(() -> new CoarsenedExactMatching(CemSpec.of("treat", List.of("sex"))).fit(t))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("cohort.csv, column 'treat': there are no control (0) rows; matching needs both groups");
    }

    @Test
    void rowsWithAMissingMatchVariableAreUnmatchedAndCountedApart() {
        Table t = Table.of("cohort.csv",
                numbers("treat", 1, 0, 1, 0, 1),
                labels("sex", "M", "M", "", "F", "F"),
                numbers("age", 10, 10, 11, Double.NaN, 11));
        CemSpec spec = CemSpec.of("treat", List.of("sex", "age"));
        CemResult r = new CoarsenedExactMatching(spec).fit(t);
        assertThat(r.complete()).containsExactly(true, true, false, false, true);
        assertThat(r.missing()).isEqualTo(new GroupCounts(1, 1));
        assertThat(r.matched()).isEqualTo(new GroupCounts(1, 1));
        assertThat(r.unmatched()).isEqualTo(new GroupCounts(1, 0));
        assertThat(r.weight()[2]).isZero();
        assertThat(r.weight()[3]).isZero();
        BalanceResult balance = BalanceTable.compute(t, r);
        assertThat(balance.all()).isEqualTo(new GroupCounts(2, 1));
    }

    @Test
    void allRowsMissingAMatchVariableInOneGroupIsAClearError() {
        Table t = Table.of("cohort.csv", numbers("treat", 1, 0, 0), labels("sex", "", "M", "F"));
        assertThatThrownBy(() -> new CoarsenedExactMatching(CemSpec.of("treat", List.of("sex"))).fit(t))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("no treated (1) rows with every match variable present (sex)");
    }

    @Test
    void cutPointsOnALabelColumnAreRejected() {
        Table t = Table.of("cohort.csv", numbers("treat", 1, 0), labels("sex", "M", "M"));
        CemSpec spec = CemSpec.of("treat", List.of("sex")).withCoarsening("sex", Coarsening.cutPoints(1));
        assertThatThrownBy(() -> new CoarsenedExactMatching(spec).fit(t))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("cohort.csv, column 'sex': holds labels, so it can be matched exactly or by groups of labels, not cut into bins");
    }

    @Test
    void kToKKeepsEqualCountsPerStratumAndIsReproducibleWithTheSameSeed() {
        int n = 2000;
        double[] treat = new double[n];
        String[] sex = new String[n];
        double[] quarter = new double[n];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            treat[i] = random.nextDouble() < 0.3 ? 1 : 0;
            sex[i] = random.nextBoolean() ? "M" : "F";
            quarter[i] = 1 + random.nextInt(4);
        }
        Table t = Table.of("cohort.csv", numbers("treat", treat), labels("sex", sex), numbers("quarter", quarter));
        CemSpec spec = CemSpec.of("treat", List.of("sex", "quarter")).withCoarsening("quarter", Coarsening.exact());
        CemResult plain = new CoarsenedExactMatching(spec).fit(t);
        CemResult first = new CoarsenedExactMatching(spec.withK2k(42)).fit(t);
        CemResult again = new CoarsenedExactMatching(spec.withK2k(42)).fit(t);
        CemResult other = new CoarsenedExactMatching(spec.withK2k(43)).fit(t);

        Map<Integer, int[]> perStratum = new HashMap<>();
        Map<Integer, int[]> plainPerStratum = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (first.isMatched(i)) {
                perStratum.computeIfAbsent(first.stratum()[i], k -> new int[2])[first.treatment()[i]]++;
                assertThat(first.weight()[i]).isEqualTo(1.0);
            } else {
                assertThat(first.weight()[i]).isZero();
            }
            if (plain.isMatched(i)) {
                plainPerStratum.computeIfAbsent(plain.stratum()[i], k -> new int[2])[plain.treatment()[i]]++;
            }
        }
        assertThat(perStratum).hasSize(8);
        perStratum.forEach((s, counts) -> {
            assertThat(counts[0]).as("stratum %d", s).isEqualTo(counts[1]);
            int[] before = plainPerStratum.get(s);
            assertThat(counts[1]).isEqualTo(Math.min(before[0], before[1]));
        });
        assertThat(first.matched().treated()).isEqualTo(first.matched().control());
        assertThat(first.stratum()).containsExactly(again.stratum());
        assertThat(other.stratum()).isNotEqualTo(first.stratum());
        assertThat(other.matched()).isEqualTo(first.matched());
    }

    @Test
    void equalWidthBinsUseTheRangeOfTheCompleteRows() {
        double[] x = {0, 10, Double.NaN, 5};
        boolean[] complete = {true, true, false, true};
        assertThat(CoarsenedExactMatching.interiorBreaks(x, complete, 3, Coarsening.bins(4)))
                .containsExactly(2.5, 5, 7.5);
        // Sturges with n = 3: ⌈log₂3 + 1⌉ = 3 bins.
        assertThat(CoarsenedExactMatching.interiorBreaks(x, complete, 3, Coarsening.sturges()))
                .containsExactly(10.0 / 3, 2 * (10.0 / 3));
    }

    @Test
    void aMillionRowsMatchIntoSturgesStrata() {
        // Speed is measured by `rightbalance bench`, not here; this checks the large-n path.
        int n = 1_000_000;
        double[] treat = new double[n];
        int[] sex = new int[n];
        double[] quarter = new double[n];
        double[] age = new double[n];
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < n; i++) {
            treat[i] = random.nextDouble() < 0.2 ? 1 : 0;
            sex[i] = random.nextInt(3);
            quarter[i] = 1 + random.nextInt(4);
            age[i] = 10 + 4 * random.nextDouble();
        }
        Table t = Table.of("big.csv", numbers("treat", treat), new CategoricalColumn("sex", sex, List.of("F", "M", "U")),
                numbers("quarter", quarter), numbers("age", age));
        CemResult r = new CoarsenedExactMatching(CemSpec.of("treat", List.of("sex", "quarter", "age"))).fit(t);
        // Sturges gives ⌈log₂10⁶ + 1⌉ = 21 age bins; 3 × 4 × 21 = 252 strata, all with both groups.
        assertThat(r.strata()).isEqualTo(252);
        assertThat(r.matched().total()).isEqualTo(n);
    }
}
