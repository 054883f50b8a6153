package org.rightbalance.cli;

import org.rightbalance.evaluation.Evaluation;
import org.rightbalance.evaluation.pipeline.PipelineProgress;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** {@code rightbalance evaluate}: a council's extract through an evaluation plan to the report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        header = "Run an evaluation plan on a council's extract and write the report.",
        description = {"Run an evaluation plan (YAML) on a Standard Safeguarding Dataset extract (a folder of CSV files):",
            "cohorts, outcomes, coarsened exact matching, balance, family-clustered regressions, power and E-values.",
            "Writes analysis_table.csv, results.json, report.html and report.pdf to --out.",
            "Formats: docs/data-format.md (extract), docs/evaluation-plan.md (plan)."},
        footer = {"", "Example: rightbalance evaluate --plan plans/rbff-2020.yaml --data council-extract --out evaluation"})
final class EvaluateCommand implements Runnable {

    @Option(names = "--plan", required = true, paramLabel = "PLAN.yaml", description = "The evaluation plan.")
    Path plan;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The extract folder (ssd_person.csv, ssd_cin_episodes.csv, ...).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the results.")
    Path out;

    @Option(names = "--invalid-rows", paramLabel = "stop|drop",
            description = "Override the plan's invalid_rows: stop before analysis, or drop and count invalid rows.")
    String invalidRows;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Evaluation.Outcome outcome = Evaluation.run(new Evaluation.Request(plan, data, out, policy(invalidRows)),
                progress(spec.commandLine().getErr()));
        EvaluationSummary.print(spec.commandLine().getOut(), outcome);
    }

    static ValidationPolicy policy(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "stop" -> ValidationPolicy.STOP;
            case "drop", "drop_and_count" -> ValidationPolicy.DROP_AND_COUNT;
            default -> throw new IllegalArgumentException("--invalid-rows must be stop or drop, was '" + text + "'");
        };
    }

    /** Progress on standard error, so that standard output stays the summary. */
    static PipelineProgress progress(PrintWriter err) {
        long start = System.nanoTime();
        return (stage, message) -> {
            err.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - start) / 1e9, message);
            err.flush();
        };
    }
}
