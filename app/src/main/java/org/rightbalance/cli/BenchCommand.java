package org.rightbalance.cli;

import org.rightbalance.benchmark.BenchmarkService;
import org.rightbalance.benchmark.JavaPipeline;
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
        description = {"Generate synthetic analysis tables, run CEM + clustered OLS + clustered logit on each in Java and",
            "in R (MatchIt + sandwich, bench/r/pipeline.R), and write the timings side by side to docs/benchmarks.md.",
            "R needs the Debian packages r-base-core r-cran-data.table r-cran-matchit r-cran-sandwich."},
        subcommands = BenchCommand.Pipeline.class)
final class BenchCommand implements Runnable {

    @Option(names = "--rows", split = ",", defaultValue = "1000000,10000000", description = "Sizes to run (default: ${DEFAULT-VALUE}).")
    List<Long> rows;

    @Option(names = "--seed", defaultValue = "2020", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", defaultValue = "bench-work", description = "Folder for generated files (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--no-r", description = "Run Java only.")
    boolean noR;

    @Option(names = "--java-runs", defaultValue = "1", description = "Java runs per size; the fastest is reported (default: ${DEFAULT-VALUE}).")
    int javaRuns;

    @Option(names = "--report", defaultValue = "docs/benchmarks.md", description = "File to update (default: ${DEFAULT-VALUE}).")
    Path report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Path> rScript = Optional.empty();
        if (!noR) {
            Path script = Path.of("bench", "r", "pipeline.R");
            if (!Files.exists(script)) {
                throw new UserInputException("bench/r/pipeline.R not found: run from the repository root, or use --no-r");
            }
            rScript = Optional.of(script);
        }
        var service = new BenchmarkService(childJava());
        var results = service.run(new BenchmarkService.Plan(rows, seed, work, rScript, javaRuns), out);
        String section = BenchmarkService.markdown(results, BenchmarkService.machine(rScript.isPresent()),
                "./rightbalance bench --rows " + rows.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("")
                        + (noR ? " --no-r" : ""));
        BenchmarkService.writeSection(report, "bench:stats", section);
        out.println(section);
        out.println("Written to " + report);
        out.flush();
    }

    /** This program in a fresh JVM: the same java, the same jar (or class path in tests). */
    private static List<String> childJava() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java, "-XX:MaxRAMPercentage=75"));
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
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
}
