package org.rightbalance.cli;

import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Options every side-by-side benchmark shares, and where its R script is. */
final class BenchOptions {

    @Option(names = "--seed", defaultValue = "2020", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--work", defaultValue = "bench-work", description = "Folder for generated files (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--no-r", description = "Run Java only.")
    boolean noR;

    @Option(names = "--report", defaultValue = "docs/benchmarks.md", description = "File to update (default: ${DEFAULT-VALUE}).")
    Path report;

    /** {@code bench/r/NAME}, or empty with {@code --no-r}; an error when the script is not there. */
    Optional<Path> rScript(String name) {
        if (noR) {
            return Optional.empty();
        }
        Path script = Path.of("bench", "r", name);
        if (!Files.exists(script)) {
            throw new UserInputException("bench/r/" + name + " not found: run from the repository root, or use --no-r");
        }
        return Optional.of(script);
    }
}
