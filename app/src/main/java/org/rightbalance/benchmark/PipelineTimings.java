package org.rightbalance.benchmark;

/**
 * One run of the benchmark job, by either implementation: seconds per step, peak resident memory,
 * and the estimates (to check that both did the same job).
 */
public record PipelineTimings(String implementation, long rows, double read, double cem, double ols, double logit,
                              double peakRssMb, int matchedTreated, int matchedControl, double olsTreated,
                              double olsTreatedSe, double logitTreated, double logitTreatedSe) {

    public double total() {
        return read + cem + ols + logit;
    }

    /** Seconds excluding reading the file. */
    public double compute() {
        return cem + ols + logit;
    }
}
