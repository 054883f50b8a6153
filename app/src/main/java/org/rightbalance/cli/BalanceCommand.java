package org.rightbalance.cli;

import org.rightbalance.analysis.MatchingService;
import org.rightbalance.stats.matching.BalanceResult;
import org.rightbalance.stats.matching.BalanceRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code rightbalance stats balance}: the balance table for any weights (e.g. a matched file's). */
@Command(name = "balance", mixinStandardHelpOptions = true,
        header = "Balance table before and after matching weights.",
        description = {"Balance of covariates between treated and comparison units before and after weighting:",
            "means, standardised mean difference and variance ratio as MatchIt's summary(), effective sample sizes,",
            "and a p-value from a weighted regression of the covariate on treatment with HC1 standard errors."},
        footer = {"", "Example: rightbalance stats balance --data matched.csv --treatment treated --covariates sex,age --weights weight"})
final class BalanceCommand implements Runnable {

    @Option(names = "--covariates", required = true, split = ",", paramLabel = "A,B,C", description = "Columns to compare.")
    List<String> covariates;

    @Option(names = "--weights", required = true, paramLabel = "COL", description = "Weights after matching (0 = unmatched).")
    String weights;

    @CommandLine.Mixin
    TreatmentOptions input = new TreatmentOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        BalanceResult result = new MatchingService().balance(input.data, input.treatment, input.treatedLabel, covariates, weights,
                CemCommand.parseEstimand(input.estimand));
        PrintWriter w = spec.commandLine().getOut();
        if (input.json) {
            w.println(Json.write(new BalanceView(result.estimand().name().toLowerCase(Locale.ROOT),
                    result.all().treated(), result.all().control(), result.matched().treated(), result.matched().control(),
                    Json.number(result.essTreated()), Json.number(result.essControl()), rows(result))));
        } else {
            printBalance(w, result);
        }
        w.flush();
    }

    /** JSON shape of a balance table. */
    record BalanceView(String estimand, int treated, int control, int matchedTreated, int matchedControl,
                       Double effectiveTreated, Double effectiveControl, List<BalanceRowView> rows) {
    }

    /** One row of the balance table as JSON. */
    record BalanceRowView(String name, String variable, String level, boolean binary, SideView before, SideView after) {
    }

    /** Before or after matching. */
    record SideView(Double meanTreated, Double meanControl, Double stdMeanDiff, Double varianceRatio,
                    Double ecdfMean, Double ecdfMax, Double pValue) {

        static SideView of(BalanceRow.Side s) {
            return new SideView(Json.number(s.meanTreated()), Json.number(s.meanControl()), Json.number(s.stdMeanDiff()),
                    Json.number(s.varianceRatio()), Json.number(s.ecdfMean()), Json.number(s.ecdfMax()),
                    Json.number(s.pValue()));
        }
    }

    static List<BalanceRowView> rows(BalanceResult result) {
        return result.rows().stream().map(r -> new BalanceRowView(r.name(), r.variable(), r.level(), r.binary(),
                SideView.of(r.before()), SideView.of(r.after()))).toList();
    }

    static void printBalance(PrintWriter w, BalanceResult result) {
        w.printf("Balance (%s). Before: %d treated, %d control. After: %d treated, %d control (effective %.1f and %.1f).%n",
                result.estimand(), result.all().treated(), result.all().control(), result.matched().treated(),
                result.matched().control(), result.essTreated(), result.essControl());
        TextTable t = new TextTable("variable", "mean T", "mean C", "SMD", "var ratio", "p", "| after: mean T", "mean C", "SMD",
                "var ratio", "p");
        for (BalanceRow r : result.rows()) {
            t.row(r.name(), r.before().meanTreated(), r.before().meanControl(), r.before().stdMeanDiff(),
                    r.before().varianceRatio(), r.before().pValue(), r.after().meanTreated(), r.after().meanControl(),
                    r.after().stdMeanDiff(), r.after().varianceRatio(), r.after().pValue());
        }
        t.print(w);
        w.println("p: weighted regression of the covariate on treatment, HC1 standard errors (after: matched units, matching weights).");
    }
}
