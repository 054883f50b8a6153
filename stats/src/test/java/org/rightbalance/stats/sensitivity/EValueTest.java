package org.rightbalance.stats.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.Fixtures;

class EValueTest {

    /** VanderWeele &amp; Ding (2017): breastfeeding and infant respiratory death, RR 3.9 (95% CI 1.8 to 8.7). */
    @Test
    void reproducesThePapersBreastfeedingExample() {
        EValueResult r = EValue.riskRatio(3.9, 1.8, 8.7);
        assertThat(r.pointEValue()).isCloseTo(7.26, within(0.005));
        assertThat(r.ciEValue()).isCloseTo(3.0, within(0.005));
        assertThat(r.interpretation()).isEqualTo("An unmeasured confounder would need to be associated with both "
                + "treatment and outcome by a risk ratio of at least 7.26 each, above and beyond the measured "
                + "covariates, to explain away the estimate; to move the confidence interval to include the null, "
                + "at least 3.00.");
    }

    /** Leukemia (RR 0.80, 0.71–0.91; E 1.81, CI 1.43) and Hammond &amp; Horn smoking (RR 10.73; E 20.95, CI 15.52). */
    @Test
    void reproducesTheProtectiveAndSmokingExamples() {
        EValueResult leukemia = EValue.riskRatio(0.80, 0.71, 0.91);
        assertThat(leukemia.pointEValue()).isCloseTo(1.81, within(0.005));
        assertThat(leukemia.ciEValue()).isCloseTo(1.43, within(0.005));
        EValueResult smoking = EValue.riskRatio(10.73, 8.02, 14.36);
        assertThat(smoking.pointEValue()).isCloseTo(20.95, within(0.005));
        assertThat(smoking.ciEValue()).isCloseTo(15.52, within(0.005));
    }

    /** fixtures/evalue/evalue_cases.csv: an independent R implementation of the formulas. */
    @Test
    void matchesAnIndependentRImplementationForEveryMeasure() {
        List<Fixtures.Row> rows = Fixtures.read("evalue/evalue_cases.csv");
        assertThat(rows).hasSize(25);
        for (Fixtures.Row row : rows) {
            double est = row.num("est");
            double lo = row.num("lo");
            double hi = row.num("hi");
            EValueResult r = switch (row.text("measure")) {
                case "RR" -> EValue.riskRatio(est, lo, hi);
                case "OR" -> EValue.oddsRatio(est, lo, hi, Boolean.parseBoolean(row.text("rare")));
                case "HR" -> EValue.hazardRatio(est, lo, hi, Boolean.parseBoolean(row.text("rare")));
                case "SMD" -> EValue.standardizedMeanDifference(est, row.num("se"));
                case "RD" -> EValue.riskDifference(est, lo, hi, row.num("p0"));
                default -> throw new IllegalStateException(row.text("measure"));
            };
            assertThat(r.rrEstimate()).as("%s", row).isCloseTo(row.num("rr"), within(1e-12));
            assertThat(r.pointEValue()).as("%s", row).isCloseTo(row.num("e_point"), within(1e-12));
            if (Double.isNaN(row.num("e_ci"))) {
                assertThat(r.ciEValue()).as("%s", row).isNaN();
            } else {
                assertThat(r.rrLower()).as("%s", row).isCloseTo(row.num("rr_lo"), within(1e-12));
                assertThat(r.rrUpper()).as("%s", row).isCloseTo(row.num("rr_hi"), within(1e-12));
                assertThat(r.ciEValue()).as("%s", row).isCloseTo(row.num("e_ci"), within(1e-12));
            }
        }
    }

    @Test
    void intervalIncludingTheNullHasCiEValueOneAndSaysSo() {
        EValueResult r = EValue.riskRatio(1.3, 0.9, 1.8);
        assertThat(r.ciEValue()).isEqualTo(1.0);
        assertThat(r.intervalIncludesNull()).isTrue();
        assertThat(r.interpretation()).endsWith("the confidence interval already includes the null, so no "
                + "confounding is needed to move it there.");
    }

    @Test
    void eValueIsSymmetricInTheDirectionOfTheRatio() {
        assertThat(EValue.ofRiskRatio(0.8)).isCloseTo(EValue.ofRiskRatio(1.25), within(1e-14));
        assertThat(EValue.ofRiskRatio(1.0)).isEqualTo(1.0);
    }

    @Test
    void meanDifferenceInOutcomeUnitsIsStandardizedBySd() {
        EValueResult a = EValue.meanDifference(31.487, 25.541, 191.08);
        EValueResult b = EValue.standardizedMeanDifference(31.487 / 191.08, 25.541 / 191.08);
        assertThat(a.pointEValue()).isEqualTo(b.pointEValue());
        assertThat(a.measure()).isEqualTo(EffectMeasure.STANDARDIZED_MEAN_DIFFERENCE);
    }

    @Test
    void invalidInputsGiveOneLineMessages() {
        assertThatThrownBy(() -> EValue.riskRatio(-1, Double.NaN, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("risk ratio must be a finite number > 0, was -1.0");
        assertThatThrownBy(() -> EValue.riskRatio(2, 2.5, 3)).hasMessageContaining("lower <= estimate <= upper");
        assertThatThrownBy(() -> EValue.oddsRatio(2, 1.5, Double.NaN, true)).hasMessageContaining("both confidence limits");
        assertThatThrownBy(() -> EValue.riskDifference(-0.2, -0.3, -0.1, 0.111)).hasMessageContaining("risk difference must lie");
        assertThatThrownBy(() -> EValue.standardizedMeanDifference(0.2, -1)).hasMessageContaining("standard error");
    }
}
