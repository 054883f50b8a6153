package org.rightbalance.evaluation.report;

import org.rightbalance.evaluation.pipeline.ConsortStep;
import org.rightbalance.evaluation.pipeline.EvaluationResult;
import org.rightbalance.evaluation.pipeline.GroupCharacteristics;
import org.rightbalance.evaluation.pipeline.MatchedRow;
import org.rightbalance.evaluation.pipeline.ModelResult;
import org.rightbalance.evaluation.pipeline.OutcomeEValue;
import org.rightbalance.evaluation.pipeline.OutcomeExclusions;
import org.rightbalance.evaluation.pipeline.OutcomePower;
import org.rightbalance.evaluation.plan.OutcomeDefinition;
import org.rightbalance.stats.matching.BalanceResult;
import org.rightbalance.stats.model.Coefficient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Lays an {@link EvaluationResult} out as the report's tables and figures ({@link ReportModel}). */
public final class ReportModels {

    private static final double Z_95 = 1.959963984540054;

    private ReportModels() {
    }

    /**
     * @param generatedAt the date the report is produced
     * @param dataSource  where the data came from, in a phrase
     */
    public static ReportModel from(EvaluationResult result, LocalDate generatedAt, String dataSource) {
        var plan = result.plan();
        String programme = plan.programme();
        var consort = new ReportModel.Consort("Treated: flagged for " + programme, steps(result.consort().treated()),
                "Comparison: historical cohort", steps(result.consort().comparison()));
        List<ReportModel.OutcomeSection> sections = new ArrayList<>();
        for (OutcomeDefinition outcome : plan.outcomes()) {
            List<ModelResult> models = result.models().stream().filter(m -> m.outcome().equals(outcome.name())).toList();
            if (models.isEmpty()) {
                continue;
            }
            sections.add(section(result, outcome, models));
        }
        List<ReportModel.GroupRow> groups = result.characteristics().stream().map(ReportModels::groupRow).toList();
        return new ReportModel("Impact evaluation of " + programme, programme, plan.name(), plan.extractDate(),
                generatedAt, dataSource, consort, balance(result), "Means before and after coarsened exact matching; "
                        + "p-values from a weighted regression of each characteristic on treatment with robust (HC1) errors; "
                + "Std. mean diff.: the difference in means divided by " + sdDenominator(plan.estimand())
                + " before matching.",
                sections, groups, limitations(), ReportModel.Suppression.belowTen());
    }

    private static String sdDenominator(org.rightbalance.stats.matching.Estimand estimand) {
        return switch (estimand) {
            case ATT -> "the treated group's standard deviation";
            case ATC -> "the comparison group's standard deviation";
            case ATE -> "the pooled standard deviation of both groups";
        };
    }

    private static List<ReportModel.ConsortStep> steps(List<ConsortStep> steps) {
        return steps.stream().map(s -> new ReportModel.ConsortStep(s.step(), s.n())).toList();
    }

    private static List<ReportModel.BalanceRow> balance(EvaluationResult result) {
        BalanceResult b = result.balance();
        List<ReportModel.BalanceRow> rows = new ArrayList<>();
        for (var row : b.rows()) {
            var before = row.before();
            var after = row.after();
            OptionalInt treatedCount = row.binary() ? OptionalInt.of((int) Math.round(before.meanTreated() * b.all().treated()))
                    : OptionalInt.empty();
            OptionalInt controlCount = row.binary() ? OptionalInt.of((int) Math.round(before.meanControl() * b.all().control()))
                    : OptionalInt.empty();
            rows.add(new ReportModel.BalanceRow(row.name(),
                    Optional.of(new ReportModel.BalanceStats(before.meanControl(), before.meanTreated(), optional(before.pValue()),
                            optional(before.stdMeanDiff()), controlCount, treatedCount)),
                    new ReportModel.BalanceStats(after.meanControl(), after.meanTreated(), optional(after.pValue()),
                            optional(after.stdMeanDiff()), OptionalInt.empty(), OptionalInt.empty())));
        }
        return rows;
    }

    private static ReportModel.OutcomeSection section(EvaluationResult result, OutcomeDefinition outcome, List<ModelResult> models) {
        var plan = result.plan();
        String programme = plan.programme();
        String cutoffLabel = "Referral after " + plan.sensitivityCutoff();
        Map<String, String> termLabels = new LinkedHashMap<>();
        termLabels.put("treated", programme);
        termLabels.put("referral_after_cutoff", cutoffLabel);
        termLabels.put("(Intercept)", "Constant");
        boolean anySensitivity = models.stream().anyMatch(ModelResult::sensitivity);
        List<String> terms = anySensitivity ? List.of(programme, cutoffLabel, "Constant") : List.of(programme, "Constant");
        List<ReportModel.ModelColumn> columns = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ModelResult m : models) {
            String label = (m.estimator().equals("ols") ? "OLS" : "Logit") + (m.sensitivity() ? " with cut-off dummy" : "");
            if (!m.fitted()) {
                notes.add(label + " could not be fitted: " + m.note().orElse("no estimates"));
                continue;
            }
            Map<String, ReportModel.Estimate> estimates = new LinkedHashMap<>();
            for (Coefficient c : m.coefficients()) {
                String term = termLabels.get(c.term());
                if (term != null && terms.contains(term)) {
                    estimates.put(term, new ReportModel.Estimate(c.estimate(), c.stdError(), c.pValue()));
                }
            }
            // a control mean or marginal effect that is NaN stays in the column: the report shows it "not estimable"
            columns.add(new ReportModel.ModelColumn(label, estimates, OptionalDouble.of(m.controlMean()),
                    m.marginalEffect().map(c -> OptionalDouble.of(c.estimate())).orElse(OptionalDouble.empty()), m.n()));
            if (estimates.values().stream().anyMatch(e -> !e.estimable())
                    || m.marginalEffect().map(c -> !Double.isFinite(c.estimate())).orElse(false)
                    || !Double.isFinite(m.controlMean())) {
                notes.add(notEstimableNote(label, m, result.rows(), outcome.name()));
            }
        }
        notes.add("Standard errors clustered by family in brackets (CR1). + p < 0.10, * p < 0.05, ** p < 0.01. "
                + "Matched children weighted by coarsened exact matching weights (" + plan.estimand() + ").");
        result.exclusions().stream().filter(e -> e.outcome().equals(outcome.name())).findFirst()
                .map(ReportModels::exclusionNote).ifPresent(notes::add);
        String heading = heading(outcome);
        var table = new ReportModel.ModelTable("Regression table for " + heading.toLowerCase(java.util.Locale.ROOT),
                heading, terms, columns, notes);
        ModelResult main = models.stream().filter(m -> m.estimator().equals("ols") && !m.sensitivity()).findFirst()
                .orElse(models.get(0));
        String power = result.power().stream().filter(p -> p.outcome().equals(outcome.name())).findFirst()
                .map(ReportModels::powerSentence).orElse("Not computed.");
        String eValue = result.eValues().stream().filter(e -> e.outcome().equals(outcome.name())).findFirst()
                .map(e -> eValueSentence(e, main)).orElse("Not computed.");
        return new ReportModel.OutcomeSection(heading, table, chart(result, outcome, heading), main.reading(), power, eValue);
    }

    /**
     * One sentence under the regression table on why some of a model's numbers are shown "not estimable",
     * giving a reason only when the model result shows it: a single family (cluster), no variation in the
     * outcome among the children the model was fitted to, or no more children than terms.
     */
    static String notEstimableNote(String label, ModelResult m, List<MatchedRow> rows, String outcome) {
        String shown = label + ": the numbers shown \u201cnot estimable\u201d could not be computed from this sample";
        if (m.clusters() == 1) {
            return shown + ", because all " + m.n() + " children in the model belong to one family, so standard "
                    + "errors clustered by family cannot be computed.";
        }
        if (m.n() > 0 && m.n() <= m.coefficients().size()) {
            return shown + ", because the model has too few children (" + m.n() + ") for its "
                    + m.coefficients().size() + " terms.";
        }
        if (!Double.isFinite(m.controlMean())) {
            return shown + ", because no matched comparison child has this outcome recorded.";
        }
        if (outcomeIsConstant(rows, outcome)) {
            return shown + ", because the outcome is the same for every matched child (no variation).";
        }
        return shown + ".";
    }

    /** Whether every matched child with {@code outcome} recorded has the same value of it. */
    private static boolean outcomeIsConstant(List<MatchedRow> rows, String outcome) {
        double first = Double.NaN;
        for (MatchedRow r : rows) {
            Double y = r.row().outcomes().get(outcome);
            if (r.weight() <= 0 || y == null || y.isNaN()) {
                continue;
            }
            if (Double.isNaN(first)) {
                first = y;
            } else if (y != first) {
                return false;
            }
        }
        return !Double.isNaN(first);
    }

    /**
     * The power sentence; when it could not be computed, why in plain words where the result shows it (the
     * stats library's message may quote a NaN, which the report never prints).
     */
    private static String powerSentence(OutcomePower p) {
        if (p.note().isEmpty() && !quotesANonNumber(p.summary())) {
            return p.summary();
        }
        String start = "The smallest effect this sample could detect could not be computed";
        if (p.nTreated() == 0 || p.nComparison() == 0) {
            return start + ": no matched " + (p.nTreated() == 0 ? "treated" : "comparison")
                    + " child has this outcome recorded.";
        }
        if (p.scale().equals("mean") && !Double.isFinite(p.standardDeviation())) {
            return start + ": fewer than two matched comparison children have this outcome recorded.";
        }
        if (p.scale().equals("mean") ? p.standardDeviation() == 0 : p.baseline() == 0 || p.baseline() == 1) {
            return start + ": the outcome is the same for every matched comparison child (no variation).";
        }
        return start + withReason(p.note().orElse(""));
    }

    /** The E-value sentence; when it could not be computed, why in plain words where the result shows it. */
    private static String eValueSentence(OutcomeEValue e, ModelResult primary) {
        if (e.note().isEmpty() && !quotesANonNumber(e.interpretation())) {
            return e.interpretation();
        }
        String start = "No E-value could be computed";
        Optional<Coefficient> effect = primary.coefficient("treated");
        if (primary.fitted() && effect.isPresent()) {
            Coefficient c = effect.get();
            if (!Double.isFinite(c.estimate()) || !Double.isFinite(c.stdError())) {
                return start + ": the primary (OLS) estimate or its standard error is not estimable.";
            }
            if (e.measure().equals("risk_difference") && (primary.controlMean() == 0 || primary.controlMean() == 1)) {
                return start + ": the outcome is the same for every matched comparison child (no variation).";
            }
        }
        return start + withReason(e.note().orElse(""));
    }

    /** ": " + the pipeline's reason, when it is words only; else " for this sample." */
    private static String withReason(String why) {
        return quotesANonNumber(why) || why.isBlank() ? " for this sample." : ": " + why + ".";
    }

    /** Whether a sentence from the statistics library prints a NaN or infinite number, which the report never does. */
    private static boolean quotesANonNumber(String text) {
        return text.contains("NaN") || text.contains("Infinity");
    }

    private static String exclusionNote(OutcomeExclusions e) {
        return "Children left out because their first CIN plan linked to the key referral was still open: "
                + e.treatedOpenPlan() + " treated and " + e.comparisonOpenPlan() + " comparison; with no linked CIN plan: "
                + e.treatedNoPlan() + " treated and " + e.comparisonNoPlan() + " comparison.";
    }

    /** Treated and comparison means among matched children, with 95% intervals (normal approximation, Kish effective n). */
    private static ReportModel.OutcomeChart chart(EvaluationResult result, OutcomeDefinition outcome, String heading) {
        boolean binary = outcome.type().isBinary();
        List<ReportModel.ChartBar> bars = new ArrayList<>();
        for (boolean treated : new boolean[]{false, true}) {
            double sw = 0;
            double sw2 = 0;
            double swy = 0;
            double swy2 = 0;
            int children = 0;
            for (MatchedRow r : result.rows()) {
                Double y = r.row().outcomes().get(outcome.name());
                boolean isTreated = r.row().group() == org.rightbalance.evaluation.cohort.Group.TREATED;
                if (r.weight() <= 0 || isTreated != treated || y == null || y.isNaN()) {
                    continue;
                }
                double w = r.weight();
                sw += w;
                sw2 += w * w;
                swy += w * y;
                swy2 += w * y * y;
                children++;
            }
            if (children == 0) {
                continue;
            }
            double mean = swy / sw;
            double variance = Math.max(0, swy2 / sw - mean * mean);
            double effectiveN = sw * sw / sw2;
            double half = Z_95 * Math.sqrt(variance / effectiveN);
            double lower = Math.max(0, mean - half);
            double upper = binary ? Math.min(1, mean + half) : mean + half;
            bars.add(new ReportModel.ChartBar(treated ? "Treated (matched)" : "Comparison (matched, weighted)", mean,
                    Math.min(lower, mean), Math.max(upper, mean), children));
        }
        if (bars.isEmpty()) {
            bars.add(new ReportModel.ChartBar("No matched children", 0, 0, 0, 0));
        }
        return new ReportModel.OutcomeChart(heading + ": treated and comparison children",
                binary ? "Proportion of children" : "Days", binary ? ReportModel.ValueScale.PROPORTION : ReportModel.ValueScale.DAYS,
                bars, "Means with 95% confidence intervals (normal approximation; comparison weighted by matching weights, "
                        + "effective sample size by Kish's formula; not adjusted for family clustering).");
    }

    private static String heading(OutcomeDefinition outcome) {
        String d = outcome.description();
        return Character.toUpperCase(d.charAt(0)) + d.substring(1);
    }

    private static ReportModel.GroupRow groupRow(GroupCharacteristics g) {
        int n = g.n();
        String label = switch (g.group()) {
            case "treated_matched" -> "1. Treated; matched";
            case "evaluation_period_untreated" -> "2. Untreated; not matched";
            case "comparison_matched" -> "3. Untreated; matched (comparison cohort)";
            case "comparison_unmatched" -> "4. Untreated; not matched";
            default -> g.group();
        };
        return new ReportModel.GroupRow(g.group().startsWith("comparison") ? "Pre-evaluation period"
                : "Evaluation period", label, n, count(g.white(), n), count(g.black(), n), count(g.asian(), n),
                count(g.mixed(), n), count(g.other(), n), count(g.siblings(), n), count(g.female(), n),
                count(g.british(), n), count(g.previousReferral(), n));
    }

    private static int count(double share, int n) {
        return Double.isNaN(share) ? 0 : (int) Math.min(n, Math.max(0, Math.round(share * n)));
    }

    private static OptionalDouble optional(double v) {
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    private static List<String> limitations() {
        return List.of(
                "The comparison cohort comes from an earlier period: changes in practice or in the social and political climate "
                        + "over time, not the programme, could explain differences between the groups.",
                "Children were chosen for the programme partly by practitioners' judgement, which no recorded variable captures; "
                        + "the matching cannot balance it. The E-values say how strong such selection would need to be.",
                "Families could decline the programme, and those who took it up may differ from those who did not.",
                "No measure of children's or families' wellbeing is recorded, so the outcomes are service-use measures only.",
                "Effects on siblings outside the age band (spill-overs within households) are not captured.");
    }
}
