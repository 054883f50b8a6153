package org.rightbalance.cli;

import org.rightbalance.benchmark.BenchmarkService;
import org.rightbalance.benchmark.EvaluationBenchmark;
import org.rightbalance.benchmark.JavaEvaluation;
import org.rightbalance.benchmark.JavaPipeline;
import org.rightbalance.evaluation.Evaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code rightbalance bench}: the engine's speed, side by side with R, written to docs/benchmarks.md. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure the engine and the evaluation side by side with R.",
        description = {"Generate synthetic analysis tables, run CEM + clustered OLS + clustered logit on each in Java and",
            "in R (MatchIt + sandwich, bench/r/pipeline.R), and write the timings side by side to docs/benchmarks.md.",
            "'bench evaluation' does the same for the whole evaluation of a synthetic extract (bench/r/evaluation.R).",
            "'bench import' reads a large generated CIN census file against a plain XML parse of it.",
            "'bench web' puts the case-work application under load by simulated practitioners.",
            "R needs the Debian packages r-base-core r-cran-data.table r-cran-matchit r-cran-sandwich."},
        subcommands = {BenchCommand.WebBench.class, BenchCommand.Pipeline.class, BenchCommand.EvaluationBench.class,
            BenchCommand.EvaluationRun.class, BenchCommand.ImportBench.class, BenchCommand.ImportRun.class})
final class BenchCommand implements Runnable {

    @Option(names = "--rows", split = ",", defaultValue = "1000000,10000000", description = "Sizes to run (default: ${DEFAULT-VALUE}).")
    List<Long> rows;

    @Option(names = "--java-runs", defaultValue = "1", description = "Java runs per size; the fastest is reported (default: ${DEFAULT-VALUE}).")
    int javaRuns;

    @CommandLine.Mixin
    BenchOptions options = new BenchOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Path> rScript = options.rScript("pipeline.R");
        var service = new BenchmarkService(childJava());
        var results = service.run(new BenchmarkService.Plan(rows, options.seed, options.work, rScript, javaRuns), out);
        String section = BenchmarkService.markdown(results, BenchmarkService.machine(rScript.isPresent()),
                "./rightbalance bench --rows " + rows.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("")
                        + (options.noR ? " --no-r" : ""));
        publish(out, options.report, "bench:stats", section);
    }

    /** Writes a benchmark's section into the report file and prints it. */
    static void publish(PrintWriter out, Path report, String sectionName, String section) {
        BenchmarkService.writeSection(report, sectionName, section);
        out.println(section);
        out.println("Written to " + report);
        out.flush();
    }

    /**
     * This program in a fresh JVM: the same java, the same jar when started with {@code -jar}, else the
     * same class path (in tests, where it may be a manifest-only jar of the test runner).
     */
    static List<String> childJava() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        String launched = System.getProperty("sun.java.command", "");
        List<String> command = new ArrayList<>(List.of(java, "-XX:MaxRAMPercentage=75"));
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar") && launched.startsWith(classPath)) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, RightBalanceCli.class.getName()));
        }
        return command;
    }

    /** {@code rightbalance bench pipeline}: one run of the Java job, as one line of JSON. */
    @Command(name = "pipeline", mixinStandardHelpOptions = true,
            description = "Run the benchmark job once on a file and print its timings as JSON.")
    static final class Pipeline implements Runnable {

        @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "A file written by the benchmark generator.")
        Path data;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().getOut().println(BenchmarkService.toJson(JavaPipeline.run(data)));
            spec.commandLine().getOut().flush();
        }
    }

    /** {@code rightbalance bench evaluation}: the whole evaluation, Java against R, on one synthetic extract. */
    @Command(name = "evaluation", mixinStandardHelpOptions = true,
            description = {"Generate a synthetic extract (once), run the whole evaluation of plans/rbff-2020.yaml on it in",
                "Java (a fresh JVM) and in R (bench/r/evaluation.R), and write the steps side by side, with both runs'",
                "cohort counts and estimates, to the bench:evaluation section of docs/benchmarks.md."})
    static final class EvaluationBench implements Runnable {

        @Option(names = "--scale", defaultValue = "700", description = "Synthetic council scale; 700 is about 5.2 million referrals (default: ${DEFAULT-VALUE}).")
        double scale;

        @Option(names = "--note", paramLabel = "TEXT", description = "A remark to print in the section, e.g. why this scale.")
        String note;

        @CommandLine.Mixin
        BenchOptions options = new BenchOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            if (!(scale > 0)) {
                throw new UserInputException("--scale must be more than 0, was " + scale);
            }
            PrintWriter out = spec.commandLine().getOut();
            Optional<Path> rScript = options.rScript("evaluation.R");
            var comparison = new EvaluationBenchmark(childJava())
                    .run(new EvaluationBenchmark.Plan(scale, options.seed, options.work, rScript), out);
            String command = "./rightbalance bench evaluation --scale " + java.math.BigDecimal.valueOf(scale)
                    .stripTrailingZeros().toPlainString() + (options.seed != 2020 ? " --seed " + options.seed : "") + (options.noR ? " --no-r" : "");
            String section = EvaluationBenchmark.markdown(comparison, BenchmarkService.machine(rScript.isPresent()),
                    command, note);
            publish(out, options.report, "bench:evaluation", section);
        }
    }

    /** {@code rightbalance bench evaluation-run}: one timed run of the whole evaluation, as one line of JSON. */
    @Command(name = "evaluation-run", hidden = true, mixinStandardHelpOptions = true,
            description = "Run the evaluation once on an extract and print its step timings, counts and estimates as JSON.")
    static final class EvaluationRun implements Runnable {

        @Option(names = "--plan", paramLabel = "PLAN.yaml", description = "The plan (default: the shipped rbff-2020, written to --out).")
        Path plan;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "The extract folder.")
        Path data;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the evaluation writes its results.")
        Path out;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            Path planFile = plan;
            if (planFile == null) {
                planFile = out.resolve(EvaluationBenchmark.PLAN + ".yaml");
                try {
                    Files.createDirectories(out);
                    Files.writeString(planFile, Evaluation.shippedPlan(EvaluationBenchmark.PLAN));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            var timings = JavaEvaluation.run(planFile, data, out, EvaluateCommand.progress(spec.commandLine().getErr()));
            spec.commandLine().getOut().println(timings.toJson());
            spec.commandLine().getOut().flush();
        }
    }

    /** {@code rightbalance bench web}: the case-work application under load by simulated practitioners. */
    @Command(name = "web", mixinStandardHelpOptions = true,
            description = {"Start the case-work application in its own JVM on a fresh embedded database with the demo data,",
                "then let --users simulated practitioners (each its own session) sign in and work through their cases",
                "with a think time between pages, for --seconds. Median and 99th-percentile page times and errors go",
                "to the bench:web section of docs/benchmarks.md."})
    static final class WebBench implements Runnable {

        @Option(names = "--users", defaultValue = "200", description = "Simulated practitioners (default: ${DEFAULT-VALUE}).")
        int users;

        @Option(names = "--seconds", defaultValue = "300", description = "How long they work (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--ramp-up-seconds", defaultValue = "30", description = "Time over which they arrive (default: ${DEFAULT-VALUE}).")
        int rampUp;

        @Option(names = "--think-ms", split = ",", defaultValue = "1000,3000",
                description = "Shortest and longest think time between pages (default: ${DEFAULT-VALUE}).")
        List<Long> thinkMs;

        @Option(names = "--port", defaultValue = "18080", description = "Loopback port for the server (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--work", defaultValue = "bench-work", description = "Folder for the server's database (default: ${DEFAULT-VALUE}).")
        Path work;

        @Option(names = "--report", defaultValue = "docs/benchmarks.md", description = "File to update (default: ${DEFAULT-VALUE}).")
        Path report;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            if (thinkMs.size() != 2) {
                throw new UserInputException("--think-ms takes two numbers, the shortest and the longest, e.g. 1000,3000");
            }
            PrintWriter out = spec.commandLine().getOut();
            var plan = new org.rightbalance.benchmark.WebLoadTest.Plan(java.net.URI.create("http://localhost:" + port + "/"),
                    org.rightbalance.benchmark.WebLoadTest.demoPractitioners(), "right-balance-demo", users,
                    java.time.Duration.ofSeconds(seconds), java.time.Duration.ofSeconds(rampUp),
                    java.time.Duration.ofMillis(thinkMs.get(0)), java.time.Duration.ofMillis(thinkMs.get(1)), 2020);
            var result = org.rightbalance.benchmark.WebServerProcess.withServer(childJava(), port, work.resolve("web-db"), out,
                    () -> org.rightbalance.benchmark.WebLoadTest.run(plan, out));
            String command = "./rightbalance bench web --users " + users + " --seconds " + seconds;
            String section = org.rightbalance.benchmark.WebLoadTest.markdown(result, plan, BenchmarkService.machine(false), command);
            publish(out, report, "bench:web", section);
        }
    }

    /** {@code rightbalance bench import}: the CIN census reader against a plain StAX parse of a large file. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Generate a synthetic CIN census file of --size-mb (streamed to disk, reused on later runs), then",
                "read it in fresh JVMs with a small heap: a plain StAX parse touching every event (the physical floor),",
                "CinCensusReader.check (every rule, no record kept), the streaming import into an empty folder and again",
                "into the folder it built (merged child by child), and CinCensusReader.read (every record kept), and",
                "write throughput and peak heap to the bench:import section of docs/benchmarks.md."})
    static final class ImportBench implements Runnable {

        @Option(names = "--size-mb", defaultValue = "1024", description = "File size in MB (default: ${DEFAULT-VALUE}).")
        long sizeMb;

        @Option(names = "--xmx", defaultValue = "256m", description = "Heap limit of the stax, check, import and merge steps (default: ${DEFAULT-VALUE}).")
        String xmx;

        @Option(names = "--read-xmx", defaultValue = "1g", description = "Heap limit of the read step, which keeps every record (default: ${DEFAULT-VALUE}).")
        String readXmx;

        @Option(names = "--note", paramLabel = "TEXT", description = "A remark to print in the section, e.g. why this size.")
        String note;

        @CommandLine.Mixin
        BenchOptions options = new BenchOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            if (sizeMb < 1) {
                throw new UserInputException("--size-mb must be at least 1, was " + sizeMb);
            }
            for (String heap : List.of(xmx, readXmx)) {
                if (!heap.matches("[0-9]+[kKmMgG]?")) {
                    throw new UserInputException("a heap limit is a number with k, m or g (e.g. 256m), not '" + heap + "'");
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            Path file = options.work.resolve("cin-census-" + sizeMb + "MB-seed" + options.seed + ".xml");
            org.rightbalance.benchmark.LargeCinCensus.Written written;
            try {
                Files.createDirectories(options.work);
                out.println("Writing " + file + " ...");
                out.flush();
                written = org.rightbalance.benchmark.LargeCinCensus.write(file, sizeMb * 1_000_000L, options.seed);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            List<Object> runs = new ArrayList<>();
            List<String> heaps = new ArrayList<>();
            for (String mode : org.rightbalance.benchmark.ImportBenchmark.MODES) {
                String heap = mode.equals("read") ? readXmx : xmx;
                heaps.add(heap);
                runs.add(org.rightbalance.benchmark.ImportBenchmark.runChild(
                        org.rightbalance.benchmark.ImportBenchmark.childCommand(childJava(), heap, file, mode), mode,
                        heap, out));
            }
            String command = "./rightbalance bench import --size-mb " + sizeMb + (options.seed != 2020 ? " --seed "
                    + options.seed : "") + (xmx.equals("256m") ? "" : " --xmx " + xmx)
                    + (readXmx.equals("1g") ? "" : " --read-xmx " + readXmx);
            String section = org.rightbalance.benchmark.ImportBenchmark.markdown(written, runs, heaps,
                    BenchmarkService.machine(false), command, Optional.ofNullable(note));
            publish(out, options.report, "bench:import", section);
        }
    }

    /** {@code rightbalance bench import-run}: one timed read of a census file, as one line of JSON. */
    @Command(name = "import-run", hidden = true, mixinStandardHelpOptions = true,
            description = "Read a CIN census file once (--mode stax, check, import, merge or read) and print the time and peak heap as JSON.")
    static final class ImportRun implements Runnable {

        @Option(names = "--file", required = true, paramLabel = "FILE.xml", description = "A CIN census file.")
        Path file;

        @Option(names = "--mode", required = true, paramLabel = "stax|check|import|merge|read", description = "What to do with it.")
        String mode;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            if (!org.rightbalance.benchmark.ImportBenchmark.MODES.contains(mode)) {
                throw new UserInputException("--mode must be one of " + org.rightbalance.benchmark.ImportBenchmark.MODES
                        + ", not '" + mode + "'");
            }
            spec.commandLine().getOut().println(org.rightbalance.benchmark.ImportBenchmark.measure(file, mode).toJson());
            spec.commandLine().getOut().flush();
        }
    }
}
