package org.rightbalance.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.rightbalance.evaluation.report.ReportModel.ChartBar;
import org.rightbalance.evaluation.report.ReportModel.Estimate;
import org.rightbalance.evaluation.report.ReportModel.ModelColumn;
import org.rightbalance.evaluation.report.ReportModel.ModelTable;
import org.rightbalance.evaluation.report.ReportModel.Suppression;
import org.rightbalance.evaluation.report.ReportModel.ValueScale;

class NumbersTest {

  @Test
  void fixedUsesATrueMinusAndNeverANegativeZero() {
    assertThat(Numbers.fixed(-0.007, 3)).isEqualTo("\u22120.007");
    assertThat(Numbers.fixed(171.128, 3)).isEqualTo("171.128");
    assertThat(Numbers.fixed(-0.0004, 3)).isEqualTo("0.000");
    assertThat(Numbers.fixed(0.0005, 3)).isEqualTo("0.001");
    assertThat(Numbers.fixed(2.5, 0)).isEqualTo("3");
  }

  @Test
  void statisticsThatAreNotFiniteAreWrittenNotEstimable() {
    double nan = Double.NaN;
    assertThat(Numbers.fixedOr(nan, 3, Numbers.NOT_ESTIMABLE)).isEqualTo("not estimable");
    assertThat(Numbers.fixedOr(Double.POSITIVE_INFINITY, 3, "\u2013")).isEqualTo("\u2013");
    assertThat(Numbers.fixedOr(-0.007, 3, Numbers.NOT_ESTIMABLE)).isEqualTo("\u22120.007");
    assertThat(Numbers.pValue(nan)).isEqualTo("p not estimable");
    assertThat(Numbers.pCell(nan)).isEqualTo("not estimable");
    assertThat(Numbers.pCell(Double.NEGATIVE_INFINITY)).isEqualTo("not estimable");
    assertThat(Numbers.stars(nan)).isEmpty();
    assertThat(Numbers.stars(Double.NEGATIVE_INFINITY)).isEmpty();
    assertThat(Numbers.value(nan, ValueScale.PROPORTION)).isEqualTo("not estimable");
    assertThat(Numbers.difference(Double.NEGATIVE_INFINITY, ValueScale.DAYS))
        .isEqualTo("not estimable");
    assertThat(Numbers.differenceInterval(-0.072, nan, ValueScale.PROPORTION))
        .isEqualTo("not estimable");
  }

  @Test
  void fixedStaysStrictForCallersThatMustNeverSeeANonNumber() {
    assertThatThrownBy(() -> Numbers.fixed(Double.NaN, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a finite number");
  }

  @Test
  void readingOfAnEstimateWithoutAStandardErrorClaimsNoSignificance() {
    String reading = Readings.treatmentEffect("re-referral within a year", "RBFF",
        new Estimate(-0.052, Double.POSITIVE_INFINITY, Double.NaN), ValueScale.PROPORTION);
    assertThat(reading).contains("\u22125.2 percentage points",
            "its confidence interval and p-value could not be computed from this sample",
            "no evidence either way")
        .doesNotContain("There is evidence", "no evidence of an effect", "p =", "p <", "NaN",
            "Infinity");
  }

  @Test
  void starsFollowTheReportsLegend() {
    assertThat(Numbers.stars(0.069)).isEqualTo("+");
    assertThat(Numbers.stars(0.033)).isEqualTo("*");
    assertThat(Numbers.stars(0.0001)).isEqualTo("**");
    assertThat(Numbers.stars(0.10)).isEmpty();
    assertThat(Numbers.stars(0.05)).isEqualTo("+");
    assertThat(Numbers.stars(0.01)).isEqualTo("*");
  }

  @Test
  void pValuesInWords() {
    assertThat(Numbers.pValue(0.832)).isEqualTo("p = 0.83");
    assertThat(Numbers.pValue(0.004)).isEqualTo("p = 0.004");
    assertThat(Numbers.pValue(0.0002)).isEqualTo("p < 0.001");
    assertThat(Numbers.pCell(0.276)).isEqualTo("0.276");
  }

  @Test
  void valuesAndDifferences() {
    assertThat(Numbers.value(0.107, ValueScale.PROPORTION)).isEqualTo("11%");
    assertThat(Numbers.value(168.9, ValueScale.DAYS)).isEqualTo("169 days");
    assertThat(Numbers.difference(-0.007, ValueScale.PROPORTION))
        .isEqualTo("\u22120.7 percentage points");
    assertThat(Numbers.difference(31.487, ValueScale.DAYS)).isEqualTo("+31 days");
    assertThat(Numbers.differenceInterval(-0.072, 0.058, ValueScale.PROPORTION))
        .isEqualTo("\u22127.2 to +5.8 percentage points");
    assertThat(Numbers.differenceInterval(-18.6, 81.5, ValueScale.DAYS))
        .isEqualTo("\u221219 to +82 days");
  }

  @Test
  void readingOfASignificantEstimateStillHedges() {
    String reading = Readings.treatmentEffect("re-referral within a year", "RBFF",
        new Estimate(-0.109, 0.051, 0.033), ValueScale.PROPORTION);
    assertThat(reading).startsWith("There is evidence that re-referral within a year was lower")
        .contains("(p = 0.03;", "cannot be attributed to RBFF alone");
  }

  @Test
  void suppressionHidesOnlyCountsBetweenOneAndTheThreshold() {
    Suppression s = Suppression.belowTen();
    assertThat(s.hides(0)).isFalse();
    assertThat(s.hides(1)).isTrue();
    assertThat(s.hides(9)).isTrue();
    assertThat(s.hides(10)).isFalse();
    assertThat(Suppression.none().hides(1)).isFalse();
    assertThatThrownBy(() -> new Suppression(true, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void modelRejectsInconsistentInput() {
    assertThatThrownBy(() -> new ModelTable("t", "y", List.of("RBFF"),
        List.of(new ModelColumn("OLS", Map.of("Constant", new Estimate(1, 1, 0.5)),
            OptionalDouble.empty(), OptionalDouble.empty(), 10)), List.of()))
        .hasMessageContaining("'Constant'");
    assertThatThrownBy(() -> new ChartBar("RBFF", 0.5, 0.6, 0.7, 10))
        .hasMessageContaining("lower <= value <= upper");
    assertThatThrownBy(() -> new Estimate(0, 1, 1.5)).hasMessageContaining("p-value");
    assertThatThrownBy(() -> new Estimate(0, 1, -0.1)).hasMessageContaining("p-value");
    assertThatThrownBy(() -> new ChartBar("RBFF", 0.5, Double.NaN, 0.4, 10))
        .hasMessageContaining("lower <= value <= upper");
    assertThatThrownBy(() -> new ChartBar("RBFF", Double.NaN, 0.6, 0.5, 10))
        .hasMessageContaining("lower <= value <= upper");
  }

  @Test
  void modelAcceptsNumbersThatCannotBeEstimated() {
    Estimate none = new Estimate(Double.NaN, Double.POSITIVE_INFINITY, Double.NaN);
    assertThat(none.estimable()).isFalse();
    assertThat(new Estimate(0.1, 0.02, 0.5).estimable()).isTrue();
    ChartBar noInterval = new ChartBar("RBFF", 0.5, Double.NaN, Double.POSITIVE_INFINITY, 10);
    assertThat(noInterval.hasValue()).isTrue();
    assertThat(noInterval.hasInterval()).isFalse();
    assertThat(new ChartBar("RBFF", Double.NaN, 0.4, 0.6, 10).hasValue()).isFalse();
  }

  @Test
  void ninetyFivePerCentInterval() {
    double[] ci = ReportWriter.interval95(new Estimate(-0.007, 0.033, 0.832));
    assertThat(ci[0]).isCloseTo(-0.07168, offset(1e-5));
    assertThat(ci[1]).isCloseTo(0.05768, offset(1e-5));
  }

  @Test
  void effectChartsWithNegativeValuesStartTheAxisBelowZero() throws Exception {
    String svg = Charts.barChart("effect", new ReportModel.OutcomeChart("Effect on re-referral",
        "Difference from comparison", ValueScale.PROPORTION,
        List.of(new ChartBar("OLS", -0.007, -0.072, 0.058, 560),
            new ChartBar("OLS + cut-off dummy", 0.040, -0.052, 0.132, 560)), ""));
    javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(svg.getBytes(
            java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(svg).contains("role=\"img\"", ">\u221210%</text>", ">15%</text>",
        "OLS: \u22121% (95% CI \u22127% to 6%)").doesNotContain("NaN", "Infinity");
  }

  @Test
  void niceAxisSteps() {
    assertThat(Charts.niceStep(0.033)).isEqualTo(0.05);
    assertThat(Charts.niceStep(48)).isEqualTo(50);
    assertThat(Charts.niceStep(21)).isEqualTo(25);
    assertThat(Charts.wrap("Flagged as receiving RBFF, referral on or after 1 September 2017", 34))
        .containsExactly("Flagged as receiving RBFF,", "referral on or after 1 September", "2017");
  }
}
