package org.rightbalance.stats.regression;

import org.rightbalance.stats.model.Coefficient;

import java.util.List;
import java.util.Optional;

/**
 * A fitted linear regression.
 *
 * @param coefficients   one row per term, in the design matrix's order
 * @param covariance     the estimated covariance matrix of the coefficients (k×k)
 * @param variance       the variance estimator used
 * @param n              observations used (after dropping missing values and zero weights)
 * @param clusters       number of clusters (0 when the estimator is not clustered)
 * @param rSquared       1 − RSS/TSS (weighted; TSS about the weighted mean when there is an
 *                       intercept, about 0 otherwise, as R's {@code summary.lm})
 * @param sigma          residual standard error √(RSS/(n−k))
 * @param droppedMissing rows left out for missing values
 * @param droppedZeroWeight rows left out for zero weight
 */
public record LinearRegressionResult(
        List<Coefficient> coefficients,
        double[][] covariance,
        VarianceEstimator variance,
        int n,
        int clusters,
        double rSquared,
        double sigma,
        int droppedMissing,
        int droppedZeroWeight) {

    public LinearRegressionResult {
        coefficients = List.copyOf(coefficients);
    }

    /** The row for {@code term}, if the model has it. */
    public Optional<Coefficient> coefficient(String term) {
        return coefficients.stream().filter(c -> c.term().equals(term)).findFirst();
    }

    /** Number of coefficients. */
    public int k() {
        return coefficients.size();
    }
}
