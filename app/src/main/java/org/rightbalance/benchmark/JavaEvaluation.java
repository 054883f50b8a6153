package org.rightbalance.benchmark;

import org.rightbalance.evaluation.Evaluation;
import org.rightbalance.evaluation.cohort.CohortCounts;
import org.rightbalance.evaluation.pipeline.EvaluationResult;
import org.rightbalance.evaluation.pipeline.ModelResult;
import org.rightbalance.evaluation.pipeline.PipelineProgress;
import org.rightbalance.stats.model.Coefficient;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole evaluation in Java, timed step by step as {@code bench/r/evaluation.R}: {@link Evaluation#run}
 * on an extract, with the steps told apart by its progress reports. Evaluation reports
 * {@link PipelineProgress.Stage#COHORTS} twice, first as it starts reading the extract and then as it starts
 * drawing the cohorts; MATCHING, MODELS and POWER follow.
 */
public final class JavaEvaluation {

    private JavaEvaluation() {
    }

    /**
     * @param plan  the plan file
     * @param data  the extract folder
     * @param out   where the evaluation writes its results
     * @param log   told every progress report (e.g. to print it), or {@link PipelineProgress#NONE}
     */
    public static EvaluationTimings run(Path plan, Path data, Path out, PipelineProgress log) {
        long start = System.nanoTime();
        long[] at = new long[PipelineProgress.Stage.values().length];
        int[] cohortReports = {0};
        PipelineProgress progress = (stage, message) -> {
            long now = System.nanoTime();
            if (stage != PipelineProgress.Stage.COHORTS || ++cohortReports[0] == 2) {
                at[stage.ordinal()] = now;
            }
            log.report(stage, message);
        };
        Evaluation.Outcome outcome = Evaluation.run(new Evaluation.Request(plan, data, out, null), progress);
        long end = System.nanoTime();
        long cohorts = at[PipelineProgress.Stage.COHORTS.ordinal()];
        long matching = at[PipelineProgress.Stage.MATCHING.ordinal()];
        long models = at[PipelineProgress.Stage.MODELS.ordinal()];
        long power = at[PipelineProgress.Stage.POWER.ordinal()];
        if (cohorts == 0 || matching == 0 || models == 0 || power == 0) {
            throw new IllegalStateException("the evaluation did not report every stage");
        }

        EvaluationResult result = outcome.result();
        CohortCounts c = result.counts();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("flagged", (long) c.flagged());
        counts.put("flagged_key_referral_in_window", (long) c.flaggedKeyReferralInWindow());
        counts.put("treated", (long) c.treated());
        counts.put("comparison_with_referral", (long) c.comparisonWithReferral());
        counts.put("comparison", (long) c.comparison());
        counts.put("evaluation_period_untreated", (long) c.evaluationPeriodUntreated());
        counts.put("matched_treated", (long) result.cem().matched().treated());
        counts.put("matched_control", (long) result.cem().matched().control());
        List<EvaluationTimings.Estimate> estimates = new ArrayList<>();
        for (ModelResult m : result.models()) {
            Coefficient t = m.coefficient("treated").orElse(null);
            estimates.add(new EvaluationTimings.Estimate(modelKey(m), m.n(), t == null ? Double.NaN : t.estimate(),
                    t == null ? Double.NaN : t.stdError()));
        }
        var extract = outcome.extract().extract();
        return new EvaluationTimings("Java", extract.referrals().size(), extract.people().size(),
                seconds(start, cohorts), seconds(cohorts, matching), seconds(matching, models), seconds(models, power),
                seconds(power, end), JavaPipeline.peakRssMb(), counts, estimates,
                "Java " + System.getProperty("java.version"));
    }

    /** {@code outcome/estimator}, plus {@code /cutoff} for the sensitivity model, as the R script names them. */
    static String modelKey(ModelResult m) {
        return m.outcome() + "/" + m.estimator() + (m.sensitivity() ? "/cutoff" : "");
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
