package org.rightbalance.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The data file and its treatment column, shared by {@code stats cem} and {@code stats balance}. */
final class TreatmentOptions {

    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "CSV file with a header line.")
    Path data;

    @Option(names = "--treatment", required = true, paramLabel = "COL", description = "Treatment column: 0/1, or two labels with --treated-label.")
    String treatment;

    @Option(names = "--treated-label", paramLabel = "LABEL", description = "The label of the treated group in a column of labels.")
    String treatedLabel;

    @Option(names = "--estimand", defaultValue = "att", description = "att, atc or ate (default: ${DEFAULT-VALUE}).")
    String estimand;

    @Option(names = "--json", description = "Write JSON instead of text.")
    boolean json;
}
