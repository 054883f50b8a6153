package org.rightbalance.benchmark;

import org.rightbalance.evaluation.Evaluation;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The whole evaluation, Java against R, on one synthetic extract: generate it (once), run
 * {@code rightbalance bench evaluation-run} in a fresh JVM and {@code bench/r/evaluation.R} in a fresh R,
 * and report the steps side by side with the two runs' cohort counts and estimates.
 */
public final class EvaluationBenchmark {

    /** The plan both implementations run; {@code bench/r/evaluation.R} holds the same definitions. */
    public static final String PLAN = "rbff-2020";

    /**
     * @param scale   synthetic council size multiplier (700: about 5.2 million referrals)
     * @param seed    generator seed
     * @param workDir where the extract and the Java run's output go (the extract is reused when complete)
     * @param rScript the R evaluation, or empty to run Java only
     */
    public record Plan(double scale, long seed, Path workDir, Optional<Path> rScript) {
    }

    /** Both runs on one extract; {@code r} is empty when R was not run. */
    public record Comparison(double scale, long seed, long extractBytes, EvaluationTimings java,
                             Optional<EvaluationTimings> r) {
    }

    private static final String COMPLETE = ".complete";

    private final List<String> javaCommand;

    /** @param javaCommand how to start this program in a child JVM (the bench arguments are appended) */
    public EvaluationBenchmark(List<String> javaCommand) {
        this.javaCommand = List.copyOf(javaCommand);
    }

    public Comparison run(Plan plan, PrintWriter progress) {
        try {
            Files.createDirectories(plan.workDir());
            String name = "ssd-scale" + number(plan.scale()) + "-seed" + plan.seed();
            Path data = plan.workDir().resolve(name);
            if (!Files.exists(data.resolve(COMPLETE))) {
                progress.printf(Locale.ROOT, "generating the synthetic extract (scale %s, seed %d) in %s%n",
                        number(plan.scale()), plan.seed(), data);
                progress.flush();
                SyntheticCouncil.write(data, Profile.CAMDEN_2020, plan.seed(), plan.scale());
                Files.writeString(data.resolve(COMPLETE), "written by rightbalance bench evaluation\n");
            }
            Path planFile = plan.workDir().resolve(PLAN + ".yaml");
            Files.writeString(planFile, Evaluation.shippedPlan(PLAN));

            progress.printf("Java: the evaluation of %s%n", data);
            progress.flush();
            List<String> java = new ArrayList<>(javaCommand);
            java.addAll(List.of("bench", "evaluation-run", "--plan", planFile.toString(), "--data", data.toString(),
                    "--out", plan.workDir().resolve(name + "-java-out").toString()));
            String javaLine = BenchmarkService.runProcess(java);
            progress.println("Java: " + javaLine);
            EvaluationTimings j = EvaluationTimings.parse(javaLine);

            Optional<EvaluationTimings> r = Optional.empty();
            if (plan.rScript().isPresent()) {
                progress.printf("R: the evaluation of %s%n", data);
                progress.flush();
                String rLine = BenchmarkService.runProcess(List.of("Rscript", plan.rScript().get().toString(),
                        data.toString()));
                progress.println("R: " + rLine);
                r = Optional.of(EvaluationTimings.parse(rLine));
            }
            progress.flush();
            return new Comparison(plan.scale(), plan.seed(), folderBytes(data), j, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long folderBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    static String number(double scale) {
        return BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString();
    }

    /** Whether every count is equal and every estimate within {@code relative} of the other. */
    public static boolean agree(EvaluationTimings a, EvaluationTimings b, double relative) {
        for (String c : EvaluationTimings.COUNTS) {
            if (a.count(c) != b.count(c)) {
                return false;
            }
        }
        if (a.estimates().size() != b.estimates().size()) {
            return false;
        }
        for (int i = 0; i < a.estimates().size(); i++) {
            EvaluationTimings.Estimate x = a.estimates().get(i);
            EvaluationTimings.Estimate y = b.estimates().get(i);
            if (!x.model().equals(y.model()) || x.n() != y.n() || !(relativeDifference(x.treated(), y.treated()) <= relative)
                    || !(relativeDifference(x.treatedSe(), y.treatedSe()) <= relative)) {
                return false;
            }
        }
        return true;
    }

    /** |a − b| / max(|a|, |b|); 0 when both are 0, NaN when either is NaN. */
    static double relativeDifference(double a, double b) {
        if (a == b) {
            return 0;
        }
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }

    /** The Markdown section for {@code docs/benchmarks.md}. */
    public static String markdown(Comparison c, String machine, String command, String note) {
        EvaluationTimings j = c.java();
        Optional<EvaluationTimings> r = c.r();
        StringBuilder sb = new StringBuilder();
        sb.append("## Whole evaluation: SSD extract to the plan's models\n\n");
        sb.append("Run on ").append(LocalDate.now()).append(" with `").append(command).append("`.\n\n");
        sb.append(machine).append("\n\n");
        sb.append(String.format(Locale.ROOT, "The extract: `rightbalance synth --scale %s --seed %d`, %,d referrals"
                        + " of %,d people, %.0f MB of CSV. The job: the plan `plans/rbff-2020.yaml` from the extract"
                        + " folder to the models. Java: `rightbalance bench evaluation-run` (the `evaluate` command's"
                        + " `Evaluation.run`, timed at its progress reports). R: `bench/r/evaluation.R` (data.table"
                        + " `fread`, keyed and rolling joins; MatchIt `method = \"cem\"`, ATT, every variable exact;"
                        + " `lm`/`glm(quasibinomial)` + `sandwich::vcovCL` CR1). Each in a fresh process; seconds of"
                        + " wall time; peak memory is the process's peak resident set (VmHWM): for Java it includes heap the"
                        + " JVM grows into because it may use 75%% of RAM, so it is not the least the run needs. Java"
                        + " does a little more in three steps: reading validates every rule of docs/data-format.md, matching also"
                        + " computes the balance table, and the logits also get average marginal effects.%n%n",
                number(c.scale()), c.seed(), j.referrals(), j.people(), c.extractBytes() / 1e6));
        if (note != null && !note.isBlank()) {
            sb.append(note.strip()).append("\n\n");
        }
        sb.append("| step | Java s | R s | R / Java |\n|---|---:|---:|---:|\n");
        step(sb, "read the extract (7 CSV files)", j.read(), r.map(EvaluationTimings::read));
        step(sb, "cohorts and outcomes", j.cohorts(), r.map(EvaluationTimings::cohorts));
        step(sb, "coarsened exact matching", j.matching(), r.map(EvaluationTimings::matching));
        step(sb, j.estimates().size() + " models (OLS and logit, CR1)", j.models(), r.map(EvaluationTimings::models));
        step(sb, "**total**", j.total(), r.map(EvaluationTimings::total));
        sb.append(String.format(Locale.ROOT, "| Java only: power, E-values, analysis_table.csv, results.json,"
                + " report.html, report.pdf | %.2f | – | – |%n", j.outputs()));
        sb.append(String.format(Locale.ROOT, "| peak memory (MB) | %.0f | %s | %s |%n", j.peakRssMb(),
                r.map(x -> String.format(Locale.ROOT, "%.0f", x.peakRssMb())).orElse("–"),
                r.map(x -> String.format(Locale.ROOT, "%.1f", x.peakRssMb() / j.peakRssMb())).orElse("–")));

        sb.append("\nSame job, same answers: cohort counts\n\n| count | Java | R | |\n|---|---:|---:|---|\n");
        for (String name : EvaluationTimings.COUNTS) {
            long jv = j.count(name);
            sb.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s |%n", name, jv,
                    r.map(x -> String.format(Locale.ROOT, "%,d", x.count(name))).orElse("–"),
                    r.map(x -> x.count(name) == jv ? "equal" : "**differ**").orElse("")));
        }
        sb.append("\nand each model's treated coefficient (log-odds for the logits) with its family-clustered"
                + " standard error; the last column is the larger relative difference of the two:\n\n");
        sb.append("| model | n (Java) | n (R) | β (Java) | β (R) | SE (Java) | SE (R) | rel. diff |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (EvaluationTimings.Estimate e : j.estimates()) {
            Optional<EvaluationTimings.Estimate> o = r.flatMap(x -> x.estimates().stream()
                    .filter(y -> y.model().equals(e.model())).findFirst());
            Function<Double, String> g = v -> String.format(Locale.ROOT, "%.10g", v);
            sb.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s | %s | %s |%n", e.model(), e.n(),
                    o.map(y -> String.format(Locale.ROOT, "%,d", y.n())).orElse("–"), g.apply(e.treated()),
                    o.map(y -> g.apply(y.treated())).orElse("–"), g.apply(e.treatedSe()),
                    o.map(y -> g.apply(y.treatedSe())).orElse("–"),
                    o.map(y -> String.format(Locale.ROOT, "%.1e", Math.max(relativeDifference(e.treated(), y.treated()),
                            relativeDifference(e.treatedSe(), y.treatedSe())))).orElse("–")));
        }
        if (r.isPresent()) {
            sb.append(agree(j, r.get(), 1e-8)
                    ? "\nEvery count is equal and every coefficient and standard error agrees to 1e-8 (relative).\n"
                    : "\n**The two runs disagree** (counts, n, or an estimate beyond 1e-8 relative).\n");
        }
        return sb.toString();
    }

    private static void step(StringBuilder sb, String step, double java, Optional<Double> r) {
        sb.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %s |%n", step, java,
                r.map(x -> String.format(Locale.ROOT, "%.2f", x)).orElse("–"),
                r.map(x -> String.format(Locale.ROOT, "**%.1f×**", x / java)).orElse("–")));
    }
}
