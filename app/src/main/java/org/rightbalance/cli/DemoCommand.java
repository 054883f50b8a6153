package org.rightbalance.cli;

import org.rightbalance.evaluation.Evaluation;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code rightbalance demo}: the 2020 evaluation reproduced on a synthetic council, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Reproduce the 2020 evaluation on a synthetic council and write its report.",
        description = {"Generate a synthetic Camden-like council extract (no real person), run the 2020 evaluation's plan",
            "(plans/rbff-2020.yaml) on it, and print where the report is. Output in --out:",
            "data/ (the extract), rbff-2020.yaml (the plan used), analysis_table.csv, results.json, report.html, report.pdf."})
final class DemoCommand implements Runnable {

    @Option(names = "--out", defaultValue = "rightbalance-demo", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--seed", defaultValue = "2020", description = "Seed of the synthetic council (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--serve", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Then start the case-work application on its demo database (default: on; --no-serve to stop after the report).")
    boolean serve;

    @Option(names = "--port", description = "HTTP port of the application (default: 8080, or the PORT environment variable).")
    Integer port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter w = spec.commandLine().getOut();
        Path data = out.resolve("data");
        Path plan = out.resolve("rbff-2020.yaml");
        try {
            Files.createDirectories(out);
            SyntheticCouncil.write(data, Profile.named("camden-2020"), seed, 1);
            Files.writeString(plan, Evaluation.shippedPlan("rbff-2020"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.println("Right Balance demo: the 2020 evaluation of Right Balance for Families, reproduced on a synthetic");
        w.println("Camden-like council (seed " + seed + "; no real child). Extract: " + data.toAbsolutePath());
        w.println();
        Evaluation.Outcome outcome = Evaluation.run(new Evaluation.Request(plan, data, out, null),
                EvaluateCommand.progress(spec.commandLine().getErr()));
        EvaluationSummary.print(w, outcome);
        if (serve) {
            w.println();
            w.println("Starting the case-work application (synthetic demo families) …");
            w.flush();
            ServeCommand.start(port, null);
            w.println();
            w.println("Evaluation report:       " + out.resolve("report.html").toAbsolutePath().toUri());
            w.println("Case-work application:   " + ServeCommand.url(port));
            w.println("Sign in as sw.amara (social worker), fgc.lee (FGC coordinator), mentor.sam (mentor),");
            w.println("vs.harpreet (Virtual School), tm.priya (team manager), pm.morgan (programme manager),");
            w.println("eval.alex (evaluator) or admin, with the password 'right-balance-demo'. Ctrl+C stops it.");
            w.flush();
            ServeCommand.waitForever();
        }
    }
}
