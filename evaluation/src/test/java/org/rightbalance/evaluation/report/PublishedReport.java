package org.rightbalance.evaluation.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.rightbalance.evaluation.report.ReportModel.BalanceRow;
import org.rightbalance.evaluation.report.ReportModel.BalanceStats;
import org.rightbalance.evaluation.report.ReportModel.ChartBar;
import org.rightbalance.evaluation.report.ReportModel.Consort;
import org.rightbalance.evaluation.report.ReportModel.ConsortStep;
import org.rightbalance.evaluation.report.ReportModel.Estimate;
import org.rightbalance.evaluation.report.ReportModel.GroupRow;
import org.rightbalance.evaluation.report.ReportModel.ModelColumn;
import org.rightbalance.evaluation.report.ReportModel.ModelTable;
import org.rightbalance.evaluation.report.ReportModel.OutcomeChart;
import org.rightbalance.evaluation.report.ReportModel.OutcomeSection;
import org.rightbalance.evaluation.report.ReportModel.Suppression;
import org.rightbalance.evaluation.report.ReportModel.ValueScale;

/**
 * The 2020 evaluation's own published numbers (Appendix 4: Table 2 balance, Tables 3–5 regressions,
 * Tables 6–7 characteristics, the consort counts of the text), as a {@link ReportModel}. Counts of
 * Tables 6–7 are the published percentages times N, rounded; p-values are the normal p-values of
 * the published coefficient and standard error. Power and E-value sentences are worked by hand
 * from the same numbers.
 */
final class PublishedReport {

  static final String TREATED = "RBFF";
  static final String CUTOFF = "Referral after 18 Feb 2019";
  static final String CONSTANT = "Constant";

  private PublishedReport() {
  }

  static ReportModel model(Suppression suppression) {
    return new ReportModel(
        "Right Balance for Families: impact evaluation",
        TREATED,
        "camden-2020.yaml",
        LocalDate.of(2020, 2, 18),
        LocalDate.of(2020, 5, 12),
        "Children's social care records of the London Borough of Camden (CSSW), "
            + "September 2015 to February 2020.",
        consort(),
        balance(),
        "Source: CSSW. Base = 584 cases (121 treated and 463 untreated).",
        List.of(reReferral(), caseLength(), escalation()),
        groups(),
        List.of(
            "The comparison group is historical: treated children were referred in 2017\u20132019 "
                + "and comparison children in 2015\u20132017. Changes in practice or in the "
                + "social and political climate between the two periods could explain "
                + "differences, which therefore cannot be attributed to RBFF alone.",
            "Practitioners chose which cases received RBFF, taking into account the family's "
                + "history and the expected course of the case, and families could decline. "
                + "No recorded variable captures that judgement, so matching cannot remove "
                + "the selection it may cause.",
            "The records hold no measure of wellbeing, family functioning or relationships, the "
                + "programme's proximal outcomes; and the treated group in the target age range "
                + "was small (121 children), so modest effects could go undetected."),
        suppression);
  }

  private static Consort consort() {
    return new Consort(
        "RBFF cohort (2017\u20132019)",
        List.of(
            new ConsortStep("Flagged as receiving RBFF, referral on or after 1 September 2017",
                197),
            new ConsortStep("Aged 10\u201313.9 at the referral", 121),
            new ConsortStep("Matched", 120)),
        "Comparison cohort (2015\u20132017)",
        List.of(
            new ConsortStep("Not flagged, referral 1 September 2015 to 18 February 2017, aged "
                + "10\u201313.9", 463),
            new ConsortStep("Matched", 440)));
  }

  private static BalanceRow row(String variable, double meanComparison, double meanTreated,
                                Double p, int countComparison, int countTreated) {
    return new BalanceRow(variable, Optional.empty(), new BalanceStats(meanComparison,
        meanTreated, p == null ? OptionalDouble.empty() : OptionalDouble.of(p),
        OptionalDouble.empty(), OptionalInt.of(countComparison), OptionalInt.of(countTreated)));
  }

  private static List<BalanceRow> balance() {
    return List.of(
        row("Previous referral", 0.616, 0.669, 0.276, 285, 81),
        row("Male", 0.518, 0.512, 0.907, 240, 62),
        row("Female", 0.000, 0.008, 0.050, 0, 1),
        row("Unknown gender", 0.000, 0.008, null, 0, 1),
        row("Siblings", 0.931, 0.917, 0.609, 431, 111),
        row("Quarter 1", 0.253, 0.223, 0.503, 117, 27),
        row("Quarter 2", 0.212, 0.190, 0.603, 98, 23),
        row("Quarter 3", 0.210, 0.281, 0.094, 97, 34),
        row("Quarter 4", 0.326, 0.306, 0.670, 151, 37));
  }

  private static Estimate e(double b, double se, double p) {
    return new Estimate(b, se, p);
  }

  private static ModelColumn column(String label, Map<String, Estimate> estimates,
                                    Double controlMean, Double marginal) {
    return new ModelColumn(label, estimates,
        controlMean == null ? OptionalDouble.empty() : OptionalDouble.of(controlMean),
        marginal == null ? OptionalDouble.empty() : OptionalDouble.of(marginal), 560);
  }

  static OutcomeSection reReferral() {
    Estimate treated = e(-0.007, 0.033, 0.832);
    ModelTable table = new ModelTable("Regression table for re-referral rates",
        "Child re-referred within 1 year of referral", List.of(TREATED, CUTOFF, CONSTANT),
        List.of(
            column("OLS", Map.of(TREATED, treated, CONSTANT, e(0.107, 0.017, 0.0000001)),
                null, null),
            column("Logit", Map.of(TREATED, e(-0.077, 0.359, 0.830),
                CONSTANT, e(-2.120, 0.183, 0.0000001)), 0.111, -0.007),
            column("OLS + cut-off dummy", Map.of(TREATED, e(0.040, 0.047, 0.395),
                CUTOFF, e(-0.109, 0.051, 0.033), CONSTANT, e(0.107, 0.017, 0.0000001)),
                null, null),
            column("Logit + cut-off dummy", Map.of(TREATED, e(0.362, 0.392, 0.356),
                CUTOFF, e(-1.461, 0.804, 0.069), CONSTANT, e(-2.120, 0.183, 0.0000001)),
                0.111, 0.034)),
        List.of("The 120 treated children (September 2017 to February 2019) are matched to 440 "
            + "children (September 2015 to February 2017). Standard errors are clustered by "
            + "family."));
    OutcomeChart chart = new OutcomeChart("Re-referral within a year",
        "Re-referred within a year", ValueScale.PROPORTION,
        List.of(new ChartBar("Comparison", 0.107, 0.074, 0.140, 440),
            new ChartBar("RBFF", 0.100, 0.035, 0.165, 120)), "");
    return new OutcomeSection("Re-referrals", table, chart,
        Readings.treatmentEffect("re-referral within a year", TREATED, treated,
            ValueScale.PROPORTION),
        "With 120 treated and 440 comparison children and 11% of comparison children "
            + "re-referred, the analysis had 80% power at the 5% level to detect a difference of "
            + "about 9 percentage points; smaller effects could have been missed.",
        "E-value 1.34: an unmeasured confounder associated with both RBFF and re-referral by a "
            + "risk ratio of 1.34 each could explain the estimate away; the confidence interval "
            + "already includes no effect, so its E-value is 1.");
  }

  static OutcomeSection caseLength() {
    Estimate treated = e(31.487, 25.541, 0.218);
    ModelTable table = new ModelTable("Regression table for length of CIN plan",
        "Length of CIN plan (days)", List.of(TREATED, CONSTANT),
        List.of(new ModelColumn("OLS", Map.of(TREATED, treated,
            CONSTANT, e(171.128, 13.910, 0.0000001)), OptionalDouble.of(168.931),
            OptionalDouble.empty(), 560)),
        List.of("Children with open CIN plans (55 treated and 37 untreated) are excluded.",
            "Standard errors are clustered by family."));
    OutcomeChart chart = new OutcomeChart("Number of days on a CIN plan", "Days on a CIN plan",
        ValueScale.DAYS,
        List.of(new ChartBar("Comparison", 171.1, 143.9, 198.4, 403),
            new ChartBar("RBFF", 202.6, 152.5, 252.7, 65)),
        "Excludes children whose plans were still open");
    return new OutcomeSection("Length of case", table, chart,
        Readings.treatmentEffect("the number of days on a CIN plan", TREATED, treated,
            ValueScale.DAYS),
        "The analysis had 80% power at the 5% level to detect a difference of about 72 days; "
            + "smaller effects could have been missed.",
        "E-value 1.54 for the point estimate; the confidence interval includes no effect, so "
            + "its E-value is 1.");
  }

  static OutcomeSection escalation() {
    Estimate treated = e(0.007, 0.042, 0.868);
    ModelTable table = new ModelTable("Regression table for escalations to CP or LAC",
        "Child's referral escalated to CP or LAC", List.of(TREATED, CUTOFF, CONSTANT),
        List.of(
            column("OLS", Map.of(TREATED, treated, CONSTANT, e(0.151, 0.023, 0.0000001)),
                null, null),
            column("Logit", Map.of(TREATED, e(0.053, 0.319, 0.868),
                CONSTANT, e(-1.724, 0.179, 0.0000001)), 0.134, 0.007),
            column("OLS + cut-off dummy", Map.of(TREATED, e(0.010, 0.051, 0.845),
                CUTOFF, e(-0.008, 0.072, 0.912), CONSTANT, e(0.151, 0.023, 0.0000001)),
                null, null),
            column("Logit + cut-off dummy", Map.of(TREATED, e(0.078, 0.377, 0.836),
                CUTOFF, e(-0.060, 0.545, 0.912), CONSTANT, e(-1.724, 0.179, 0.0000001)),
                0.134, 0.010)),
        List.of("Standard errors are clustered by family."));
    OutcomeChart chart = new OutcomeChart("Escalation to CP or LAC within a year",
        "Escalated within a year", ValueScale.PROPORTION,
        List.of(new ChartBar("Comparison", 0.151, 0.106, 0.196, 440),
            new ChartBar("RBFF", 0.158, 0.076, 0.240, 120)), "");
    return new OutcomeSection("Case escalation", table, chart,
        Readings.treatmentEffect("escalation to CP or LAC within a year", TREATED, treated,
            ValueScale.PROPORTION),
        "The analysis had 80% power at the 5% level to detect a difference of about 12 "
            + "percentage points; smaller effects could have been missed.",
        "E-value 1.24 for the point estimate; the confidence interval includes no effect, so "
            + "its E-value is 1.");
  }

  private static List<GroupRow> groups() {
    String evaluation = "Evaluation period 2017\u20132019";
    String before = "Pre-evaluation period 2015\u20132017";
    return List.of(
        new GroupRow(evaluation, "1. Treated; matched", 120, 42, 23, 29, 22, 4, 110, 62, 91, 81),
        new GroupRow(evaluation, "2. Untreated; not matched", 539, 175, 110, 169, 60, 25, 482,
            278, 326, 297),
        new GroupRow(before, "3. Untreated; matched (comparator cohort)", 440, 144, 116, 124, 55,
            1, 431, 230, 312, 275),
        new GroupRow(before, "4. Untreated; not matched", 23, 9, 1, 7, 5, 1, 0, 10, 13, 10));
  }
}
