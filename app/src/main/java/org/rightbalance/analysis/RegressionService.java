package org.rightbalance.analysis;

import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.model.ModelFrame;
import org.rightbalance.stats.model.RegressionData;
import org.rightbalance.stats.regression.LinearRegression;
import org.rightbalance.stats.regression.LinearRegressionResult;

/** Fits regressions to CSV files: the one entry point the CLI and the web application share. */
public final class RegressionService {

    /** Ordinary or weighted least squares. */
    public LinearRegressionResult ols(RegressionRequest request) {
        RegressionData data = modelData(request);
        return new LinearRegression(request.variance(), request.confidenceLevel()).fit(data);
    }

    private static RegressionData modelData(RegressionRequest request) {
        Table table = TableLoader.forModel(request.data(), request.formula(), request.weightsColumn(),
                request.clusterColumn());
        return ModelFrame.build(table, request.formula(), request.weightsColumn(),
                request.variance().isClustered() ? request.clusterColumn() : null);
    }
}
