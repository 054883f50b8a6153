package org.rightbalance.evaluation.plan;

/** An evaluation plan that cannot be read or is not valid: a one-line message naming the YAML key. */
public final class PlanException extends IllegalArgumentException {

    public PlanException(String message) {
        super(message);
    }
}
