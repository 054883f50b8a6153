package org.rightbalance.cli;

import org.rightbalance.analysis.RegressionRequest;
import org.rightbalance.analysis.RegressionService;
import org.rightbalance.stats.model.Coefficient;
import org.rightbalance.stats.regression.AverageMarginalEffect;
import org.rightbalance.stats.regression.LogisticRegressionResult;
import org.rightbalance.stats.regression.LogitVariance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** {@code rightbalance stats logit}: weighted logistic regression with robust or clustered errors. */
@Command(name = "logit", mixinStandardHelpOptions = true,
        header = "Logistic regression with odds ratios and marginal effects.",
        description = {"Weighted logistic regression (Newton/IRLS) with z tests, odds ratios and, with --marginal,",
            "the average marginal effect of a 0/1 term with a delta-method standard error.",
            "--vce cr1 (Stata's logit, vce(cluster): G/(G-1)), cr0, hc1 (Stata's vce(robust)), hc0 or classical.",
            "Perfect or quasi-complete separation is reported as an error naming the term."})
final class LogitCommand implements Runnable {

    @CommandLine.Mixin
    ModelOptions options = new ModelOptions();

    @Option(names = "--marginal", paramLabel = "TERM", description = "A 0/1 term (e.g. treated) whose average marginal effect to report.")
    String marginal;

    @Option(names = "--over-treated", description = "Average the marginal effect over rows where the term is 1 (the ATT), not all rows.")
    boolean overTreated;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** JSON shape of a logit fit. */
    record LogitView(String model, String formula, String vce, int n, int clusters, Double logLikelihood,
                     Double deviance, int iterations, boolean converged, List<CoefficientView> coefficients,
                     List<OddsRatioView> oddsRatios, MarginalEffectView marginalEffect) {
    }

    record OddsRatioView(String term, Double oddsRatio, Double confLow, Double confHigh, Double pValue) {
    }

    record MarginalEffectView(String term, boolean overTreatedOnly, CoefficientView effect, Double meanIfTreated,
                              Double meanIfUntreated, int observations) {
    }

    @Override
    public void run() {
        RegressionRequest request = options.request();
        RegressionService.LogitOutcome outcome = new RegressionService().logit(request,
                options.vce == null ? null : LogitVariance.parse(options.vce), marginal, overTreated);
        LogisticRegressionResult fit = outcome.fit();
        PrintWriter out = spec.commandLine().getOut();
        if (options.json) {
            MarginalEffectView me = outcome.marginalEffect().map(LogitCommand::view).orElse(null);
            out.println(Json.write(new LogitView("logit", request.formula().toString(), fit.variance().toString(),
                    fit.observations(), fit.clusters(), Json.number(fit.logLikelihood()), Json.number(fit.deviance()),
                    fit.iterations(), fit.converged(), CoefficientView.of(fit.coefficients()),
                    fit.oddsRatios().stream().map(o -> new OddsRatioView(o.term(), Json.number(o.oddsRatio()),
                            Json.number(o.confLow()), Json.number(o.confHigh()), Json.number(o.pValue()))).toList(), me)));
        } else {
            out.printf("Logistic regression: %s%n", request.formula());
            out.printf("N = %d%s, variance: %s, log pseudo-likelihood = %s, %d iterations%s%n", fit.observations(),
                    fit.clusters() > 0 ? ", clusters = " + fit.clusters() : "", fit.variance(),
                    TextTable.format(fit.logLikelihood()), fit.iterations(), fit.converged() ? "" : " (NOT converged)");
            OlsCommand.printCoefficients(out, fit.coefficients(), request.confidenceLevel());
            out.println();
            TextTable or = new TextTable("term", "odds ratio", "CI low", "CI high");
            fit.oddsRatios().forEach(o -> or.row(o.term(), o.oddsRatio(), o.confLow(), o.confHigh()));
            or.print(out);
            outcome.marginalEffect().ifPresent(me -> {
                Coefficient e = me.effect();
                out.printf("%nAverage marginal effect of %s%s: %s (SE %s, z = %s, p = %s, CI %s to %s)%n", me.term(),
                        me.overTreatedOnly() ? " over the treated" : "", TextTable.format(e.estimate()),
                        TextTable.format(e.stdError()), TextTable.format(e.statistic()), TextTable.format(e.pValue()),
                        TextTable.format(e.confLow()), TextTable.format(e.confHigh()));
            });
        }
        out.flush();
    }

    private static MarginalEffectView view(AverageMarginalEffect me) {
        return new MarginalEffectView(me.term(), me.overTreatedOnly(), CoefficientView.of(me.effect()),
                Json.number(me.meanIfTreated()), Json.number(me.meanIfUntreated()), me.observations());
    }
}
