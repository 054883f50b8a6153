package org.rightbalance.cli;

import org.rightbalance.analysis.RegressionRequest;
import org.rightbalance.analysis.RegressionService;
import org.rightbalance.stats.model.Coefficient;
import org.rightbalance.stats.regression.LinearRegressionResult;
import org.rightbalance.stats.regression.VarianceEstimator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** {@code rightbalance stats ols}: linear regression with robust or clustered errors. */
@Command(name = "ols", mixinStandardHelpOptions = true,
        header = "Linear regression with robust or cluster-robust errors.",
        description = {"Ordinary or weighted least squares with classical, HC1 or cluster-robust standard errors:",
            "--vce cr1 (Stata's vce(cluster)), cr2 (Bell-McCaffrey, as R estimatr), hc1 or classical."})
final class OlsCommand implements Runnable {

    @CommandLine.Mixin
    ModelOptions options = new ModelOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** JSON shape of an OLS fit. */
    record OlsView(String model, String formula, String vce, int n, int clusters, Double rSquared, Double sigma,
                   int droppedMissing, int droppedZeroWeight, List<CoefficientView> coefficients) {
    }

    @Override
    public void run() {
        RegressionRequest request = options.request();
        LinearRegressionResult fit = new RegressionService().ols(request,
                options.vce == null ? null : VarianceEstimator.parse(options.vce));
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            out.println(Json.write(new OlsView("ols", request.formula().toString(), fit.variance().toString(), fit.n(),
                    fit.clusters(), Json.number(fit.rSquared()), Json.number(fit.sigma()), fit.droppedMissing(),
                    fit.droppedZeroWeight(), CoefficientView.of(fit.coefficients()))));
        } else {
            out.printf("Linear regression: %s%n", request.formula());
            out.printf("N = %d%s, variance: %s, R-squared = %s%n", fit.n(),
                    fit.clusters() > 0 ? ", clusters = " + fit.clusters() : "", fit.variance(),
                    TextTable.format(fit.rSquared()));
            printCoefficients(out, fit.coefficients(), request.confidenceLevel());
            if (fit.droppedMissing() + fit.droppedZeroWeight() > 0) {
                out.printf("Left out: %d rows with missing values, %d with zero weight.%n",
                        fit.droppedMissing(), fit.droppedZeroWeight());
            }
        }
        out.flush();
    }

    static void printCoefficients(PrintWriter out, List<Coefficient> rows, double level) {
        String ci = Math.round(level * 100) + "% CI";
        TextTable t = new TextTable("term", "estimate", "std.error", "statistic", "p.value", ci + " low", ci + " high", "df");
        for (Coefficient c : rows) {
            t.row(c.term(), c.estimate(), c.stdError(), c.statistic(), c.pValue(), c.confLow(), c.confHigh(), c.df());
        }
        t.print(out);
    }
}
