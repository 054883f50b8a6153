package org.rightbalance.cli;

import org.rightbalance.analysis.RegressionRequest;
import org.rightbalance.stats.model.Formula;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options shared by {@code stats ols} and {@code stats logit}. */
final class ModelOptions {

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "CSV file with a header line.")
    Path data;

    @Option(names = "--formula", required = true, paramLabel = "'y ~ x1 + x2'",
            description = "Model formula; text columns and factor(x) become indicator terms.")
    String formula;

    @Option(names = "--weights", paramLabel = "COL", description = "Column of observation (e.g. matching) weights.")
    String weights;

    @Option(names = "--cluster", paramLabel = "COL", description = "Column identifying clusters (e.g. family).")
    String cluster;

    @Option(names = "--vce", paramLabel = "ESTIMATOR",
            description = "Variance estimator (default: cr1 with --cluster, classical otherwise).")
    String vce;

    @Option(names = "--level", defaultValue = "0.95", description = "Confidence level (default: ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--json", description = "Write JSON instead of a table.")
    boolean json;

    RegressionRequest request() {
        return new RegressionRequest(data, Formula.parse(formula), weights, cluster, level);
    }
}
