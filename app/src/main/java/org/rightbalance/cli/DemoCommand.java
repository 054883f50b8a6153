package org.rightbalance.cli;

import org.rightbalance.demo.DemoCohort;
import org.rightbalance.demo.DemoEvaluation;
import org.rightbalance.stats.matching.CemResult;
import org.rightbalance.stats.model.Coefficient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code rightbalance demo}: the 2020 evaluation's design on synthetic data, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic cohort shaped like the 2020 evaluation's (121 treated, 463 comparison children),",
            "match it, check balance, estimate the three outcomes with family-clustered errors, and say what the",
            "sample could detect. Writes analysis_table.csv, matched.csv and results.json to the output folder."})
final class DemoCommand implements Runnable {

    @Option(names = "--out", defaultValue = "rightbalance-demo", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "2020", description = "Seed of the synthetic cohort (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--icc", defaultValue = "0.3",
            description = "Assumed intra-family correlation for the power calculation (default: ${DEFAULT-VALUE}).")
    double icc;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        DemoEvaluation.Findings f = new DemoEvaluation().run(out, seed, icc);
        writeJson(f);
        print(spec.commandLine().getOut(), f);
    }

    private static void print(PrintWriter w, DemoEvaluation.Findings f) {
        CemResult m = f.match().result();
        w.printf("Right Balance demo: the 2020 evaluation's design on a synthetic cohort of %d treated and %d comparison children.%n",
                DemoCohort.TREATED, DemoCohort.COMPARISON);
        w.println("(Synthetic data: no real child. The full pipeline from council records follows in a later release.)");
        w.println();
        w.printf("Matching (CEM on previous referral, sex, quarter, siblings): %d of %d treated matched to %d of %d comparison children, %d strata.%n",
                m.matched().treated(), m.matched().treated() + m.unmatched().treated(), m.matched().control(),
                m.matched().control() + m.unmatched().control(), m.strata());
        w.println(m.diagnosis().explanation());
        w.println();
        BalanceCommand.printBalance(w, f.match().balance());
        w.println();
        w.println("Effect of the programme (coefficient on treated; family-clustered CR1 standard errors in brackets):");
        TextTable t = new TextTable("outcome", "model", "sensitivity", "N", "families", "control mean", "effect", "[SE]", "p", "reading");
        for (DemoEvaluation.Model model : f.models()) {
            Coefficient c = model.treated();
            t.row(model.outcome(), model.estimator(), model.sensitivity() ? "after-cutoff dummy" : "-", model.n(),
                    model.clusters(), model.controlMean(), c.estimate(), "[" + TextTable.format(c.stdError()) + "]",
                    c.pValue(), reading(c));
        }
        t.print(w);
        w.printf("CIN plan days exclude plans still open (%d treated, %d comparison children).%n",
                f.openPlansTreated(), f.openPlansComparison());
        w.println();
        w.println("What this sample could detect (re-referral within a year; average family size "
                + String.format(Locale.ROOT, "%.2f", f.averageFamilySize()) + ", assumed intra-family correlation " + f.assumedIcc() + "):");
        w.println("  " + f.rereferralMde().summary());
        w.println("How strong would unmeasured confounding (e.g. practitioner selection) need to be?");
        w.println("  " + f.rereferralEValue().interpretation());
        w.println();
        w.println("Files: " + f.folder().resolve("analysis_table.csv") + ", " + f.folder().resolve("matched.csv") + ", "
                + f.folder().resolve("results.json"));
        w.flush();
    }

    /** Plain English that never over-claims. */
    static String reading(Coefficient c) {
        String p = String.format(Locale.ROOT, "p = %.2f", c.pValue());
        if (c.pValue() >= 0.05) {
            return "no evidence of an effect (" + p + ")";
        }
        return (c.estimate() > 0 ? "evidence of an increase (" : "evidence of a reduction (") + p + ")";
    }

    private static void writeJson(DemoEvaluation.Findings f) {
        CemResult m = f.match().result();
        var cohorts = new CohortsView(DemoCohort.TREATED, DemoCohort.COMPARISON,
                new CemCommand.CemView.Counts(m.matched().treated(), m.matched().control()),
                new CemCommand.CemView.Counts(m.unmatched().treated(), m.unmatched().control()), m.strata(),
                new CemCommand.CemView.L1(Json.number(m.l1().before()), Json.number(m.l1().after())));
        List<ModelView> models = f.models().stream().map(model -> new ModelView(model.outcome(), model.estimator(),
                model.sensitivity(), model.n(), model.clusters(), Json.number(model.controlMean()),
                CoefficientView.of(model.coefficients()),
                model.marginalEffect().map(me -> CoefficientView.of(me.effect())).orElse(null))).toList();
        String json = Json.write(new ResultsView(cohorts, BalanceCommand.rows(f.match().balance()), models,
                f.rereferralMde().summary(), Json.number(f.rereferralEValue().pointEValue()),
                Json.number(f.rereferralEValue().ciEValue())));
        try {
            Files.writeString(f.folder().resolve("results.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record CohortsView(int treated, int comparison, CemCommand.CemView.Counts matched,
                       CemCommand.CemView.Counts unmatched, int strata, CemCommand.CemView.L1 l1) {
    }

    record ModelView(String outcome, String estimator, boolean sensitivity, int n, int clusters, Double controlMean,
                     List<CoefficientView> coefficients, CoefficientView marginalEffectOnTreated) {
    }

    record ResultsView(CohortsView cohorts, List<BalanceCommand.BalanceRowView> balance, List<ModelView> models,
                       String minimumDetectableEffect, Double evalue, Double evalueConfidenceLimit) {
    }
}
