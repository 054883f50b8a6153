package org.rightbalance.analysis;

import org.rightbalance.stats.matching.CemSpec;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Coarsened exact matching of the rows of a CSV file.
 *
 * @param data     the CSV file
 * @param spec     treatment, match variables, coarsening, estimand, k-to-k
 * @param idColumn a column identifying each row (must be unique), or {@code null}
 * @param out      where to write the input rows with {@code matched, stratum, weight} added, or {@code null}
 */
public record MatchRequest(Path data, CemSpec spec, String idColumn, Path out) {

    public MatchRequest {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(spec, "spec");
    }
}
