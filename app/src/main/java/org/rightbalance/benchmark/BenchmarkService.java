package org.rightbalance.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the benchmark job in Java and in R on the same generated files, each in a fresh process,
 * and reports the two side by side as a ratio (see {@code docs/benchmarks.md}).
 */
public final class BenchmarkService {

    /**
     * @param sizes      numbers of rows to generate and run
     * @param seed       generator seed
     * @param workDir    where the generated CSV files go (reused when present)
     * @param rScript    the R pipeline, or empty to run Java only
     * @param javaRuns   runs of the Java job per size (the fastest is reported)
     */
    public record Plan(List<Long> sizes, long seed, Path workDir, Optional<Path> rScript, int javaRuns) {
    }

    /** Both implementations on one size; {@code r} is empty when R was not run. */
    public record Comparison(long rows, long fileBytes, PipelineTimings java, Optional<PipelineTimings> r) {

        public double ratio() {
            return r.map(x -> x.total() / java.total()).orElse(Double.NaN);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> javaCommand;

    /** @param javaCommand how to start this program in a child JVM (the bench pipeline arguments are appended) */
    public BenchmarkService(List<String> javaCommand) {
        this.javaCommand = List.copyOf(javaCommand);
    }

    public List<Comparison> run(Plan plan, PrintWriter progress) {
        List<Comparison> out = new ArrayList<>();
        try {
            Files.createDirectories(plan.workDir());
            for (long rows : plan.sizes()) {
                Path file = plan.workDir().resolve("bench-" + rows + "-seed" + plan.seed() + ".csv");
                if (!Files.exists(file)) {
                    progress.printf("generating %,d rows in %s%n", rows, file);
                    progress.flush();
                    SyntheticCohortFile.write(file, rows, plan.seed());
                }
                PipelineTimings best = null;
                for (int i = 0; i < plan.javaRuns(); i++) {
                    progress.printf("Java: %,d rows, run %d of %d%n", rows, i + 1, plan.javaRuns());
                    progress.flush();
                    PipelineTimings t = parse(runProcess(withArgs(javaCommand, "bench", "pipeline", "--data", file.toString())), "Java");
                    if (best == null || t.total() < best.total()) {
                        best = t;
                    }
                }
                Optional<PipelineTimings> r = Optional.empty();
                if (plan.rScript().isPresent()) {
                    progress.printf("R: %,d rows%n", rows);
                    progress.flush();
                    r = Optional.of(parse(runProcess(List.of("Rscript", plan.rScript().get().toString(), file.toString())), "R"));
                }
                out.add(new Comparison(rows, Files.size(file), best, r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<String> withArgs(List<String> base, String... args) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(args));
        return all;
    }

    /** Runs {@code command}, passing its standard error through; returns the last line it printed. */
    static String runProcess(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(6, TimeUnit.HOURS) || p.exitValue() != 0) {
                throw new IllegalStateException("benchmark step failed: " + String.join(" ", command));
            }
            String text = new String(out, StandardCharsets.UTF_8).strip();
            return text.substring(text.lastIndexOf('\n') + 1);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot run " + command.get(0) + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static PipelineTimings parse(String json, String implementation) {
        JsonNode n = JSON.readTree(json);
        return new PipelineTimings(implementation, n.get("rows").asLong(), n.get("read").asDouble(), n.get("cem").asDouble(),
                n.get("ols").asDouble(), n.get("logit").asDouble(), n.get("peak_rss_mb").asDouble(),
                n.get("matched_treated").asInt(), n.get("matched_control").asInt(), n.get("ols_treated").asDouble(),
                n.get("ols_treated_se").asDouble(), n.get("logit_treated").asDouble(), n.get("logit_treated_se").asDouble());
    }

    /** The JSON line a pipeline run prints, in the same shape as the R script's. */
    public static String toJson(PipelineTimings t) {
        return String.format(Locale.ROOT, "{\"rows\": %d, \"read\": %.3f, \"cem\": %.3f, \"ols\": %.3f, \"logit\": %.3f, "
                        + "\"peak_rss_mb\": %.1f, \"matched_treated\": %d, \"matched_control\": %d, \"ols_treated\": %.12g, "
                        + "\"ols_treated_se\": %.12g, \"logit_treated\": %.12g, \"logit_treated_se\": %.12g}",
                t.rows(), t.read(), t.cem(), t.ols(), t.logit(), t.peakRssMb(), t.matchedTreated(), t.matchedControl(),
                t.olsTreated(), t.olsTreatedSe(), t.logitTreated(), t.logitTreatedSe());
    }

    /** The Markdown section for {@code docs/benchmarks.md}. */
    public static String markdown(List<Comparison> results, String machine, String command) {
        StringBuilder sb = new StringBuilder();
        sb.append("## Statistics engine: CEM + clustered OLS + clustered logit\n\n");
        sb.append("Run on ").append(LocalDate.now()).append(" with `").append(command).append("`.\n\n");
        sb.append(machine).append("\n\n");
        sb.append("The job: read the CSV; coarsened exact matching (ATT) on previous referral, sex, quarter, siblings and age"
                + " (cut at 11, 12, 13); weighted OLS and weighted logit of re-referral on treatment with family-clustered"
                + " CR1 errors. R: `bench/r/pipeline.R` (data.table `fread`, MatchIt `method = \"cem\"`, `lm`/`glm` +"
                + " `sandwich::vcovCL`). Java: `rightbalance bench pipeline`. Each in a fresh process; seconds of wall time;"
                + " peak memory is the process's peak resident set (VmHWM).\n\n");
        sb.append("| rows | file | step | Java s | R s | R / Java |\n|---:|---:|---|---:|---:|---:|\n");
        for (Comparison c : results) {
            PipelineTimings j = c.java();
            Optional<PipelineTimings> r = c.r();
            String rows = String.format(Locale.ROOT, "%,d", c.rows());
            String size = String.format(Locale.ROOT, "%.0f MB", c.fileBytes() / 1e6);
            row(sb, rows, size, "read CSV", j.read(), r.map(PipelineTimings::read));
            row(sb, "", "", "CEM", j.cem(), r.map(PipelineTimings::cem));
            row(sb, "", "", "OLS, CR1", j.ols(), r.map(PipelineTimings::ols));
            row(sb, "", "", "logit, CR1", j.logit(), r.map(PipelineTimings::logit));
            row(sb, "", "", "**compute (CEM + OLS + logit)**", j.compute(), r.map(PipelineTimings::compute));
            row(sb, "", "", "**total**", j.total(), r.map(PipelineTimings::total));
            sb.append(String.format(Locale.ROOT, "| | | peak memory (MB) | %.0f | %s | %s |%n", j.peakRssMb(),
                    r.map(x -> String.format(Locale.ROOT, "%.0f", x.peakRssMb())).orElse("–"),
                    r.map(x -> String.format(Locale.ROOT, "%.1f", x.peakRssMb() / j.peakRssMb())).orElse("–")));
        }
        sb.append("\nSame job, same answers (treated coefficient and its clustered standard error):\n\n");
        sb.append("| rows | matched T / C (Java) | matched T / C (R) | OLS β (Java) | OLS β (R) | OLS SE (Java) | OLS SE (R) | logit β (Java) | logit β (R) | logit SE (Java) | logit SE (R) |\n");
        sb.append("|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Comparison c : results) {
            PipelineTimings j = c.java();
            PipelineTimings r = c.r().orElse(null);
            sb.append(String.format(Locale.ROOT, "| %,d | %d / %d | %s | %.10g | %s | %.10g | %s | %.10g | %s | %.10g | %s |%n",
                    c.rows(), j.matchedTreated(), j.matchedControl(),
                    r == null ? "–" : r.matchedTreated() + " / " + r.matchedControl(),
                    j.olsTreated(), r == null ? "–" : String.format(Locale.ROOT, "%.10g", r.olsTreated()),
                    j.olsTreatedSe(), r == null ? "–" : String.format(Locale.ROOT, "%.10g", r.olsTreatedSe()),
                    j.logitTreated(), r == null ? "–" : String.format(Locale.ROOT, "%.10g", r.logitTreated()),
                    j.logitTreatedSe(), r == null ? "–" : String.format(Locale.ROOT, "%.10g", r.logitTreatedSe())));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String rows, String size, String step, double java, Optional<Double> r) {
        sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %s |%n", rows, size, step, java,
                r.map(x -> String.format(Locale.ROOT, "%.2f", x)).orElse("–"),
                r.map(x -> String.format(Locale.ROOT, "**%.1f×**", x / java)).orElse("–")));
    }

    /** Replaces (or appends) the section between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
    public static void writeSection(Path file, String name, String content) {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        try {
            String text = Files.exists(file) ? Files.readString(file) : "# Benchmarks\n\n";
            String block = start + "\n" + content.strip() + "\n" + end;
            int a = text.indexOf(start);
            int b = text.indexOf(end);
            if (a >= 0 && b > a) {
                text = text.substring(0, a) + block + text.substring(b + end.length());
            } else {
                text = text.stripTrailing() + "\n\n" + block + "\n";
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CPU, cores, memory, OS, Java and R versions, as a Markdown line. */
    public static String machine(boolean withR) {
        String cpu = "unknown CPU";
        String memory = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> String.format(Locale.ROOT, ", %.0f GiB",
                            Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)).orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the defaults
        }
        String r = "";
        if (withR) {
            try {
                Process p = new ProcessBuilder("Rscript", "--version").redirectErrorStream(true).start();
                r = ", " + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                p.waitFor(1, TimeUnit.MINUTES);
            } catch (IOException e) {
                r = ", R not found";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return String.format(Locale.ROOT, "Machine: %s, %d cores%s; %s %s; Java %s (%s)%s.", cpu,
                Runtime.getRuntime().availableProcessors(), memory, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vendor"), r);
    }
}
