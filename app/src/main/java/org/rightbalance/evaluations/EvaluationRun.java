package org.rightbalance.evaluations;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A run of the evaluation on the application's records, and what it found. The counts are null
 * until the run gets that far.
 *
 * @param message for a failed run, what went wrong in plain English
 */
public record EvaluationRun(long id, Instant startedAt, Optional<Instant> finishedAt, String startedBy, Status status,
                            Optional<String> message, Integer childrenExported, Integer treatedFlagged,
                            Integer treatedCohort, Integer comparisonCohort, Integer matchedTreated,
                            Integer matchedComparison, Integer unmatchedTreated, Integer unmatchedComparison,
                            List<Estimate> estimates) {

    public EvaluationRun {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        estimates = List.copyOf(estimates);
    }

    public enum Status {
        RUNNING("Running"), SUCCEEDED("Finished"), FAILED("Stopped with a problem");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean succeeded() {
        return status == Status.SUCCEEDED;
    }

    /**
     * One model's estimate of the programme's effect (coefficient on treated, 95% interval from
     * family-clustered standard errors), as in Tables 3–5 of the report; null numbers when it could
     * not be fitted.
     */
    public record Estimate(String outcome, String estimator, boolean sensitivity, int n, int families,
                           Double controlMean, Double effect, Double confLow, Double confHigh, Double pValue,
                           String reading) {
    }
}
