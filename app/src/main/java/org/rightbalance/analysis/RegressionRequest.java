package org.rightbalance.analysis;

import org.rightbalance.stats.model.Formula;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A regression to run on a CSV file: which data and which model (the variance estimator is chosen
 * per model, see {@link RegressionService}).
 *
 * @param data            the CSV file
 * @param formula         the model
 * @param weightsColumn   observation weights column, or {@code null}
 * @param clusterColumn   cluster identifier column, or {@code null}
 * @param confidenceLevel e.g. 0.95
 */
public record RegressionRequest(Path data, Formula formula, String weightsColumn, String clusterColumn,
                                double confidenceLevel) {

    public RegressionRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(formula, "formula");
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, was " + confidenceLevel);
        }
    }

    void requireClusterColumn(boolean clustered, Object estimator) {
        if (clustered && clusterColumn == null) {
            throw new IllegalArgumentException("--vce " + estimator + " needs --cluster COLUMN");
        }
    }
}
