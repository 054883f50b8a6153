package org.rightbalance.evaluation.pipeline;

/** Told as {@link EvaluationPipeline#run} moves through its stages, for long runs. */
@FunctionalInterface
public interface PipelineProgress {

    /** The stages, in order. */
    enum Stage { COHORTS, MATCHING, MODELS, POWER, DONE }

    /**
     * @param stage   the stage just started (or DONE)
     * @param message what it is doing, e.g. "matching 560 children on previous_referral, sex, quarter, siblings"
     */
    void report(Stage stage, String message);

    /** Ignores every report. */
    PipelineProgress NONE = (stage, message) -> {
    };
}
