package org.rightbalance.cli;

import org.rightbalance.evaluation.Evaluation;
import org.rightbalance.evaluation.pipeline.ConsortStep;
import org.rightbalance.evaluation.pipeline.EvaluationResult;
import org.rightbalance.evaluation.pipeline.ModelResult;
import org.rightbalance.evaluation.pipeline.OutcomePower;
import org.rightbalance.stats.model.Coefficient;

import java.io.PrintWriter;
import java.util.List;

/** What an evaluation found, for the terminal: the sample, the estimates, and where the report is. */
final class EvaluationSummary {

    private EvaluationSummary() {
    }

    static void print(PrintWriter w, Evaluation.Outcome outcome) {
        EvaluationResult r = outcome.result();
        var report = outcome.extract().report();
        if (!report.clean()) {
            w.println("Extract: " + report.summary());
        }
        w.println("Sample (consort):");
        printSteps(w, "  treated", r.consort().treated());
        printSteps(w, "  comparison", r.consort().comparison());
        var cem = r.cem();
        w.printf("Matched %d treated to %d comparison children in %d strata; %d treated and %d comparison unmatched.%n",
                cem.matched().treated(), cem.matched().control(), cem.strata(), cem.unmatched().treated(),
                cem.unmatched().control());
        w.println();
        w.println("Effect of " + r.plan().programme() + " (coefficient on treated; family-clustered CR1 standard errors):");
        TextTable t = new TextTable("outcome", "model", "cut-off dummy", "N", "families", "control mean", "effect", "[SE]", "p");
        for (ModelResult m : r.models()) {
            if (!m.fitted()) {
                t.row(m.outcome(), m.estimator(), m.sensitivity() ? "yes" : "no", m.n(), m.clusters(), m.controlMean(),
                        "-", "-", m.note().orElse("not fitted"));
                continue;
            }
            Coefficient c = m.coefficient("treated").orElseThrow();
            t.row(m.outcome(), m.estimator(), m.sensitivity() ? "yes" : "no", m.n(), m.clusters(), m.controlMean(),
                    c.estimate(), "[" + TextTable.format(c.stdError()) + "]", c.pValue());
        }
        t.print(w);
        w.println();
        for (ModelResult m : r.models()) {
            if (m.estimator().equals("ols") && !m.sensitivity()) {
                w.println("- " + m.outcome() + ": " + m.reading());
            }
        }
        for (OutcomePower p : r.power()) {
            w.println("- what the sample could detect (" + p.outcome() + "): " + p.summary());
        }
        w.println();
        w.println("Report: " + outcome.reportHtml().toAbsolutePath() + " (and " + outcome.reportPdf().getFileName() + ")");
        w.println("Data:   " + outcome.analysisTable().toAbsolutePath() + ", " + outcome.results().getFileName());
        w.flush();
    }

    private static void printSteps(PrintWriter w, String label, List<ConsortStep> steps) {
        StringBuilder sb = new StringBuilder(label).append(": ");
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                sb.append(" -> ");
            }
            sb.append(steps.get(i).step()).append(' ').append(steps.get(i).n());
        }
        w.println(sb);
    }
}
