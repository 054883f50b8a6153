package org.rightbalance.evaluation.pipeline;

import org.rightbalance.evaluation.plan.Estimator;
import org.rightbalance.evaluation.plan.EvaluationPlan;
import org.rightbalance.evaluation.plan.ModelSpec;
import org.rightbalance.evaluation.plan.OutcomeDefinition;
import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.model.Coefficient;
import org.rightbalance.stats.model.Formula;
import org.rightbalance.stats.model.ModelFrame;
import org.rightbalance.stats.model.RegressionData;
import org.rightbalance.stats.regression.AverageMarginalEffect;
import org.rightbalance.stats.regression.LinearRegression;
import org.rightbalance.stats.regression.LinearRegressionResult;
import org.rightbalance.stats.regression.LogisticRegression;
import org.rightbalance.stats.regression.LogisticRegressionResult;
import org.rightbalance.stats.regression.LogitVariance;
import org.rightbalance.stats.regression.VarianceEstimator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits the plan's models to an analysis table holding {@code treated}, {@code weight}, {@code family_id},
 * {@code referral_after_cutoff} and the outcomes (the pipeline's in-memory table, or
 * {@code analysis_table.csv} read back).
 *
 * <p>For each model spec, in order: each estimator of {@code outcome ~ treated}, then, with
 * {@code sensitivity}, each of {@code outcome ~ treated + referral_after_cutoff} — the columns of Tables 3
 * and 5. All use the matching weights (rows of weight 0 are left out) and standard errors clustered by
 * family: OLS CR1, G/(G−1)·(n−1)/(n−k), t with G−1 df (R {@code sandwich::vcovCL(type = "HC1",
 * cadjust = TRUE)}); logit CR1, G/(G−1), z (R {@code vcovCL(type = "HC0", cadjust = TRUE)}). A model that
 * cannot be fitted (e.g. separation, or a dummy constant in the matched sample) is kept with a note and no
 * coefficients rather than stopping the run.
 */
public final class ModelFitter {

    private final EvaluationPlan plan;

    public ModelFitter(EvaluationPlan plan) {
        this.plan = plan;
    }

    /** Every model of the plan. */
    public List<ModelResult> fitAll(Table table) {
        List<ModelResult> out = new ArrayList<>();
        for (ModelSpec spec : plan.models()) {
            OutcomeDefinition outcome = plan.outcome(spec.outcome()).orElseThrow();
            double controlMean = controlMean(table, outcome.name());
            for (boolean sensitivity : spec.sensitivity() ? new boolean[] {false, true} : new boolean[] {false}) {
                for (Estimator e : spec.estimators()) {
                    out.add(fit(table, outcome, e, sensitivity, controlMean));
                }
            }
        }
        return out;
    }

    private ModelResult fit(Table table, OutcomeDefinition outcome, Estimator estimator, boolean sensitivity,
                            double controlMean) {
        Formula formula = Formula.parse(outcome.name() + " ~ treated" + (sensitivity ? " + referral_after_cutoff" : ""));
        double level = plan.confidenceLevel();
        RegressionData data;
        try {
            data = ModelFrame.build(table, formula, "weight", "family_id");
        } catch (InvalidDataException | IllegalArgumentException e) {
            return failed(outcome, estimator, sensitivity, 0, 0, controlMean, e.getMessage());
        }
        try {
            if (estimator == Estimator.OLS) {
                LinearRegressionResult fit = new LinearRegression(VarianceEstimator.CR1, level).fit(data);
                Coefficient effect = fit.coefficient("treated").orElseThrow();
                return new ModelResult(outcome.name(), "ols", sensitivity, fit.n(), fit.clusters(), controlMean,
                        fit.coefficients(), Optional.empty(), reading(outcome, "ols", sensitivity, effect),
                        Optional.empty());
            }
            LogisticRegressionResult fit = new LogisticRegression(LogitVariance.CR1, level,
                    LogisticRegression.DEFAULT_MAX_ITERATIONS, LogisticRegression.DEFAULT_TOLERANCE)
                    .fit(data, outcome.name());
            if (!fit.converged()) {
                return failed(outcome, estimator, sensitivity, data.n(), data.clusterCount(), controlMean,
                        "the logit did not converge in " + fit.iterations() + " iterations");
            }
            AverageMarginalEffect ame = AverageMarginalEffect.of(data, fit, "treated", true);
            Coefficient effect = ame.effect();
            return new ModelResult(outcome.name(), "logit", sensitivity, fit.observations(), fit.clusters(),
                    controlMean, fit.coefficients(), Optional.of(effect),
                    reading(outcome, "logit", sensitivity, effect), Optional.empty());
        } catch (InvalidDataException | IllegalArgumentException e) {
            return failed(outcome, estimator, sensitivity, data.n(), data.clusterCount(), controlMean, e.getMessage());
        }
    }

    private String reading(OutcomeDefinition outcome, String estimator, boolean sensitivity, Coefficient effect) {
        return Readings.read(outcome, estimator, sensitivity, effect, plan.confidenceLevel(),
                plan.sensitivityCutoff().toString());
    }

    private static ModelResult failed(OutcomeDefinition outcome, Estimator estimator, boolean sensitivity, int n,
                                      int clusters, double controlMean, String why) {
        String note = "not estimated: " + why;
        return new ModelResult(outcome.name(), estimator.key(), sensitivity, n, clusters, controlMean, List.of(),
                Optional.empty(), outcome.name() + " (" + estimator.key() + (sensitivity ? ", with the cut-off dummy"
                : "") + ") could not be estimated, so it says nothing about the programme's effect.",
                Optional.of(note));
    }

    /**
     * The unweighted mean of {@code outcome} among matched comparison children (weight &gt; 0, treated 0)
     * with the outcome present, as the report's "control mean"; NaN when there are none.
     */
    public static double controlMean(Table table, String outcome) {
        double[] y = table.numeric(outcome).values();
        double[] treated = table.numeric("treated").values();
        double[] w = table.numeric("weight").values();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (treated[i] == 0 && w[i] > 0 && !Double.isNaN(y[i])) {
                sum += y[i];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The sample SD of {@code outcome} among the same children as {@link #controlMean}; NaN for fewer than 2. */
    public static double controlStandardDeviation(Table table, String outcome) {
        double mean = controlMean(table, outcome);
        double[] y = table.numeric(outcome).values();
        double[] treated = table.numeric("treated").values();
        double[] w = table.numeric("weight").values();
        double ss = 0;
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (treated[i] == 0 && w[i] > 0 && !Double.isNaN(y[i])) {
                ss += (y[i] - mean) * (y[i] - mean);
                n++;
            }
        }
        return n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
    }
}
