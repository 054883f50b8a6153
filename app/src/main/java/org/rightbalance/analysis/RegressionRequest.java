package org.rightbalance.analysis;

import org.rightbalance.stats.model.Formula;
import org.rightbalance.stats.regression.VarianceEstimator;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A regression to run on a CSV file.
 *
 * @param data            the CSV file
 * @param formula         the model
 * @param weightsColumn   observation weights column, or {@code null}
 * @param clusterColumn   cluster identifier column, or {@code null}
 * @param variance        the variance estimator; {@code null} chooses CR1 when a cluster column is
 *                        given and classical otherwise (as Stata's {@code vce(cluster)} option does)
 * @param confidenceLevel e.g. 0.95
 */
public record RegressionRequest(Path data, Formula formula, String weightsColumn, String clusterColumn,
                                VarianceEstimator variance, double confidenceLevel) {

    public RegressionRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(formula, "formula");
        if (variance == null) {
            variance = clusterColumn == null ? VarianceEstimator.CLASSICAL : VarianceEstimator.CR1;
        }
        if (variance.isClustered() && clusterColumn == null) {
            throw new IllegalArgumentException("--vce " + variance + " needs --cluster COLUMN");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, was " + confidenceLevel);
        }
    }
}
