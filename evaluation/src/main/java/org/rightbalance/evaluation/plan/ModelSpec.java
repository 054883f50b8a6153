package org.rightbalance.evaluation.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The models of one outcome ({@code models[i]}): {@code outcome ~ treated} with each estimator, and, when
 * {@code sensitivity} is set, each again as {@code outcome ~ treated + referral_after_cutoff}. Every model
 * uses the matching weights and standard errors clustered by family (CR1).
 *
 * @param outcome     an outcome of the plan
 * @param estimators  one or both of ols, logit, no repeats
 * @param sensitivity whether to fit the variant with the referral_after_cutoff dummy
 */
public record ModelSpec(String outcome, List<Estimator> estimators, boolean sensitivity) {

    public ModelSpec {
        Objects.requireNonNull(outcome, "outcome is required");
        estimators = List.copyOf(estimators);
        if (estimators.isEmpty()) {
            throw new IllegalArgumentException("estimators must name at least one of ols, logit");
        }
        if (new HashSet<>(estimators).size() != estimators.size()) {
            throw new IllegalArgumentException("estimators names an estimator twice: " + estimators);
        }
    }
}
