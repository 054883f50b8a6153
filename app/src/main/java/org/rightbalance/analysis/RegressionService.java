package org.rightbalance.analysis;

import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.model.ModelFrame;
import org.rightbalance.stats.model.RegressionData;
import org.rightbalance.stats.regression.AverageMarginalEffect;
import org.rightbalance.stats.regression.LinearRegression;
import org.rightbalance.stats.regression.LinearRegressionResult;
import org.rightbalance.stats.regression.LogisticRegression;
import org.rightbalance.stats.regression.LogisticRegressionResult;
import org.rightbalance.stats.regression.LogitVariance;
import org.rightbalance.stats.regression.VarianceEstimator;

import java.util.Optional;

/** Fits regressions to CSV files: the one entry point the CLI and the web application share. */
public final class RegressionService {

    /**
     * A logit and, when asked for, the average marginal effect of one binary term.
     *
     * @param fit            the fitted model
     * @param marginalEffect the AME, if a term was named
     */
    public record LogitOutcome(LogisticRegressionResult fit, Optional<AverageMarginalEffect> marginalEffect) {
    }

    /**
     * Ordinary or weighted least squares.
     *
     * @param variance the estimator, or {@code null} for CR1 with a cluster column and classical otherwise
     *                 (as Stata's {@code vce(cluster)} option)
     */
    public LinearRegressionResult ols(RegressionRequest request, VarianceEstimator variance) {
        VarianceEstimator v = variance != null ? variance
                : request.clusterColumn() == null ? VarianceEstimator.CLASSICAL : VarianceEstimator.CR1;
        request.requireClusterColumn(v.isClustered(), v);
        RegressionData data = modelData(request, v.isClustered());
        return new LinearRegression(v, request.confidenceLevel()).fit(data);
    }

    /**
     * Weighted logistic regression.
     *
     * @param variance      the estimator, or {@code null} for CR1 with a cluster column and classical otherwise
     * @param marginalTerm  a 0/1 term whose average marginal effect to estimate, or {@code null}
     * @param overTreated   average the marginal effect over rows where the term is 1 (ATT) rather than all rows
     */
    public LogitOutcome logit(RegressionRequest request, LogitVariance variance, String marginalTerm, boolean overTreated) {
        LogitVariance v = variance != null ? variance
                : request.clusterColumn() == null ? LogitVariance.CLASSICAL : LogitVariance.CR1;
        request.requireClusterColumn(v.isClustered(), v);
        RegressionData data = modelData(request, v.isClustered());
        LogisticRegressionResult fit = new LogisticRegression(v, request.confidenceLevel(), LogisticRegression.DEFAULT_MAX_ITERATIONS,
                LogisticRegression.DEFAULT_TOLERANCE).fit(data, request.formula().response());
        Optional<AverageMarginalEffect> ame = marginalTerm == null ? Optional.empty()
                : Optional.of(AverageMarginalEffect.of(data, fit, marginalTerm, overTreated));
        return new LogitOutcome(fit, ame);
    }

    private static RegressionData modelData(RegressionRequest request, boolean clustered) {
        Table table = TableLoader.forModel(request.data(), request.formula(), request.weightsColumn(),
                request.clusterColumn());
        return ModelFrame.build(table, request.formula(), request.weightsColumn(),
                clustered ? request.clusterColumn() : null);
    }
}
