package org.rightbalance.evaluation.ssd;

import java.util.Objects;

/** A validated extract and the report of how it was read (drops, absent files). */
public record SsdReadResult(SsdExtract extract, ValidationReport report) {

    public SsdReadResult {
        Objects.requireNonNull(extract, "extract");
        Objects.requireNonNull(report, "report");
    }
}
