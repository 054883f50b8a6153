package org.rightbalance.evaluation.pipeline;

import org.rightbalance.evaluation.plan.CohortDefinition;
import org.rightbalance.evaluation.plan.Estimator;
import org.rightbalance.evaluation.plan.EvaluationPlan;
import org.rightbalance.evaluation.plan.MatchVariable;
import org.rightbalance.evaluation.plan.ModelSpec;
import org.rightbalance.evaluation.plan.OutcomeDefinition;
import org.rightbalance.stats.matching.BalanceRow;
import org.rightbalance.stats.matching.Coarsening;
import org.rightbalance.stats.model.Coefficient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes an {@link EvaluationResult} into a folder: {@code analysis_table.csv} ({@link AnalysisTable}) and
 * {@code results.json} — snake_case keys, every number that is not finite (NaN, ±∞) written as
 * {@code null}.
 */
public final class ResultWriter {

    public static final String ANALYSIS_TABLE = "analysis_table.csv";
    public static final String RESULTS = "results.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResultWriter() {
    }

    /** Writes both files into {@code folder}, creating it when needed. */
    public static void write(EvaluationResult result, Path folder) {
        try {
            Files.createDirectories(folder);
            AnalysisTable.writeCsv(folder.resolve(ANALYSIS_TABLE), result.plan(), result.rows());
            try (Writer w = Files.newBufferedWriter(folder.resolve(RESULTS), StandardCharsets.UTF_8)) {
                w.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(result)));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the results into " + folder, e);
        }
    }

    /** The content of {@code results.json}. */
    public static ObjectNode toJson(EvaluationResult r) {
        ObjectNode root = JSON.createObjectNode();
        root.set("plan", plan(r.plan()));

        ObjectNode counts = root.putObject("cohort_counts");
        counts.put("flagged", r.counts().flagged());
        counts.put("flagged_key_referral_in_window", r.counts().flaggedKeyReferralInWindow());
        counts.put("flagged_below_age_band", r.counts().flaggedBelowAgeBand());
        counts.put("flagged_above_age_band", r.counts().flaggedAboveAgeBand());
        counts.put("treated", r.counts().treated());
        counts.put("comparison_with_referral", r.counts().comparisonWithReferral());
        counts.put("comparison", r.counts().comparison());
        counts.put("evaluation_period_untreated", r.counts().evaluationPeriodUntreated());

        ObjectNode consort = root.putObject("consort");
        ArrayNode t = consort.putArray("treated");
        r.consort().treated().forEach(s -> t.addObject().put("step", s.step()).put("n", s.n()));
        ArrayNode c = consort.putArray("comparison");
        r.consort().comparison().forEach(s -> c.addObject().put("step", s.step()).put("n", s.n()));
        consort.put("treated_below_age_band", r.consort().treatedBelowAgeBand());
        consort.put("treated_above_age_band", r.consort().treatedAboveAgeBand());
        consort.put("matched_treated_after_cutoff", r.consort().matchedTreatedAfterCutoff());

        ObjectNode matching = root.putObject("matching");
        matching.put("matched_treated", r.cem().matched().treated());
        matching.put("matched_comparison", r.cem().matched().control());
        matching.put("unmatched_treated", r.cem().unmatched().treated());
        matching.put("unmatched_comparison", r.cem().unmatched().control());
        matching.put("strata", r.cem().strata());
        num(matching, "l1_before", r.cem().l1().before());
        num(matching, "l1_after", r.cem().l1().after());
        num(matching, "ess_treated", r.balance().essTreated());
        num(matching, "ess_comparison", r.balance().essControl());
        ArrayNode balance = root.putArray("balance");
        for (BalanceRow b : r.balance().rows()) {
            ObjectNode row = balance.addObject();
            row.put("name", b.name());
            row.put("variable", b.variable());
            if (b.level() == null) {
                row.putNull("level");
            } else {
                row.put("level", b.level());
            }
            side(row.putObject("before"), b.before());
            side(row.putObject("after"), b.after());
        }

        ArrayNode models = root.putArray("models");
        for (ModelResult m : r.models()) {
            ObjectNode o = models.addObject();
            o.put("outcome", m.outcome());
            o.put("estimator", m.estimator());
            o.put("sensitivity", m.sensitivity());
            o.put("n", m.n());
            o.put("clusters", m.clusters());
            num(o, "control_mean", m.controlMean());
            ArrayNode coefs = o.putArray("coefficients");
            m.coefficients().forEach(k -> coefficient(coefs.addObject(), k));
            if (m.marginalEffect().isPresent()) {
                coefficient(o.putObject("marginal_effect"), m.marginalEffect().get());
            } else {
                o.putNull("marginal_effect");
            }
            o.put("reading", m.reading());
            text(o, "note", m.note());
        }

        ArrayNode excl = root.putArray("excluded_from_outcome");
        for (OutcomeExclusions e : r.exclusions()) {
            excl.addObject().put("outcome", e.outcome())
                    .put("treated_open_plan", e.treatedOpenPlan()).put("comparison_open_plan", e.comparisonOpenPlan())
                    .put("treated_no_plan", e.treatedNoPlan()).put("comparison_no_plan", e.comparisonNoPlan());
        }

        ArrayNode groups = root.putArray("characteristics");
        for (GroupCharacteristics g : r.characteristics()) {
            ObjectNode o = groups.addObject();
            o.put("group", g.group());
            o.put("n", g.n());
            num(o, "white", g.white());
            num(o, "black", g.black());
            num(o, "asian", g.asian());
            num(o, "mixed", g.mixed());
            num(o, "other", g.other());
            num(o, "not_recorded", g.notRecorded());
            num(o, "siblings", g.siblings());
            num(o, "female", g.female());
            num(o, "british", g.british());
            num(o, "previous_referral", g.previousReferral());
        }

        ArrayNode power = root.putArray("power");
        for (OutcomePower p : r.power()) {
            ObjectNode o = power.addObject();
            o.put("outcome", p.outcome());
            o.put("scale", p.scale());
            o.put("n_treated", p.nTreated());
            o.put("n_comparison", p.nComparison());
            num(o, "average_family_size", p.averageFamilySize());
            num(o, "design_effect", p.designEffect());
            num(o, "baseline", p.baseline());
            num(o, "standard_deviation", p.standardDeviation());
            num(o, "effect_size", p.effectSize());
            num(o, "detectable_lower", p.detectableLower());
            num(o, "detectable_higher", p.detectableHigher());
            num(o, "detectable_difference", p.detectableDifference());
            o.put("summary", p.summary());
            text(o, "note", p.note());
        }

        ArrayNode ev = root.putArray("e_values");
        for (OutcomeEValue e : r.eValues()) {
            ObjectNode o = ev.addObject();
            o.put("outcome", e.outcome());
            o.put("measure", e.measure());
            num(o, "risk_ratio", e.riskRatio());
            num(o, "point_e_value", e.pointEValue());
            num(o, "ci_e_value", e.ciEValue());
            o.put("interpretation", e.interpretation());
            text(o, "note", e.note());
        }
        return root;
    }

    private static ObjectNode plan(EvaluationPlan p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", p.name());
        o.put("programme", p.programme());
        o.put("extract_date", p.extractDate().toString());
        o.put("sensitivity_cutoff", p.sensitivityCutoff().toString());
        cohort(o.putObject("treated"), p.treated());
        cohort(o.putObject("comparison"), p.comparison());
        ObjectNode m = o.putObject("matching");
        m.put("estimand", p.estimand().name());
        ObjectNode vars = m.putObject("variables");
        for (MatchVariable v : p.matchVariables()) {
            coarsening(vars, v.name(), v.coarsening());
        }
        ObjectNode outcomes = o.putObject("outcomes");
        for (OutcomeDefinition d : p.outcomes()) {
            ObjectNode x = outcomes.putObject(d.name()).put("type", d.type().key());
            if (d.type().needsWindow()) {
                x.put("window_days", d.windowDays());
            }
        }
        ArrayNode models = o.putArray("models");
        for (ModelSpec s : p.models()) {
            ObjectNode x = models.addObject().put("outcome", s.outcome());
            ArrayNode e = x.putArray("estimators");
            s.estimators().stream().map(Estimator::key).forEach(e::add);
            x.put("sensitivity", s.sensitivity());
        }
        o.put("confidence_level", p.confidenceLevel());
        o.putObject("power").put("target_power", p.power().targetPower()).put("alpha", p.power().alpha())
                .put("assumed_icc", p.power().assumedIcc());
        return o;
    }

    private static void cohort(ObjectNode o, CohortDefinition c) {
        o.put("flagged", c.flagged());
        o.put("window_start", c.windowStart().toString());
        if (c.windowEnd() == null) {
            o.putNull("window_end");
        } else {
            o.put("window_end", c.windowEnd().toString());
        }
        o.putObject("age_years").put("min", c.ageBand().min()).put("max", c.ageBand().max());
        o.put("key_referral", c.keyReferral().key());
    }

    private static void coarsening(ObjectNode vars, String name, Coarsening how) {
        if (how instanceof Coarsening.CutPoints cp) {
            ArrayNode a = vars.putObject(name).putArray("cut_points");
            for (double x : cp.cuts()) {
                a.add(x);
            }
        } else if (how instanceof Coarsening.Bins b) {
            vars.putObject(name).put("bins", b.count());
        } else if (how instanceof Coarsening.Groups g) {
            ArrayNode a = vars.putObject(name).putArray("groups");
            for (var group : g.groups()) {
                ArrayNode levels = a.addArray();
                group.forEach(levels::add);
            }
        } else {
            vars.put(name, "exact");
        }
    }

    private static void side(ObjectNode o, BalanceRow.Side s) {
        num(o, "mean_treated", s.meanTreated());
        num(o, "mean_comparison", s.meanControl());
        num(o, "std_mean_diff", s.stdMeanDiff());
        num(o, "p_value", s.pValue());
    }

    private static void coefficient(ObjectNode o, Coefficient k) {
        o.put("term", k.term());
        num(o, "estimate", k.estimate());
        num(o, "std_error", k.stdError());
        num(o, "statistic", k.statistic());
        num(o, "p_value", k.pValue());
        num(o, "conf_low", k.confLow());
        num(o, "conf_high", k.confHigh());
    }

    private static void num(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    private static void text(ObjectNode o, String key, Optional<String> v) {
        if (v.isPresent()) {
            o.put(key, v.get());
        } else {
            o.putNull(key);
        }
    }
}
