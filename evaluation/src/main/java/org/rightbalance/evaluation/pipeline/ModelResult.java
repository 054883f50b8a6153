package org.rightbalance.evaluation.pipeline;

import org.rightbalance.stats.model.Coefficient;

import java.util.List;
import java.util.Optional;

/**
 * One fitted model, a column of Tables 3–5.
 *
 * @param outcome        the outcome
 * @param estimator      "ols" or "logit"
 * @param sensitivity    whether referral_after_cutoff is a regressor
 * @param n              observations (matched, outcome present)
 * @param clusters       families among them
 * @param controlMean    unweighted mean outcome of the matched comparison children with the outcome
 *                       present (the report's "control mean")
 * @param coefficients   {@code (Intercept)}, {@code treated}[, {@code referral_after_cutoff}]; empty when the
 *                       model could not be fitted
 * @param marginalEffect for a logit, the average marginal effect of treated over the treated children
 *                       (probability scale, delta-method CR1 standard error)
 * @param reading        a plain-English reading that does not over-claim
 * @param note           why the model could not be fitted, when it could not
 */
public record ModelResult(String outcome, String estimator, boolean sensitivity, int n, int clusters,
                          double controlMean, List<Coefficient> coefficients, Optional<Coefficient> marginalEffect,
                          String reading, Optional<String> note) {

    public ModelResult {
        coefficients = List.copyOf(coefficients);
    }

    /** The row of {@code term}, if the model has it. */
    public Optional<Coefficient> coefficient(String term) {
        return coefficients.stream().filter(c -> c.term().equals(term)).findFirst();
    }

    /** Whether the model was fitted. */
    public boolean fitted() {
        return note.isEmpty();
    }
}
