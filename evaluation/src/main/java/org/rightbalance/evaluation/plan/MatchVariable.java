package org.rightbalance.evaluation.plan;

import org.rightbalance.stats.matching.Coarsening;

import java.util.Objects;
import java.util.Set;

/**
 * A variable to match on and how it is coarsened ({@code matching.variables.<name>}).
 *
 * @param name       a column of the analysis table: previous_referral, sex, quarter, siblings or age
 * @param coarsening exact, cut points or groups of levels
 */
public record MatchVariable(String name, Coarsening coarsening) {

    /** The analysis-table columns that can be matched on. */
    public static final Set<String> MATCHABLE = Set.of("previous_referral", "sex", "quarter", "siblings", "age");

    public MatchVariable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(coarsening, "coarsening");
        if (!MATCHABLE.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' cannot be matched on (choose from age, previous_referral, "
                    + "quarter, sex, siblings)");
        }
        if (coarsening instanceof Coarsening.Groups && !name.equals("sex")) {
            throw new IllegalArgumentException("groups of levels apply to sex only; '" + name + "' is a number");
        }
        if ((coarsening instanceof Coarsening.CutPoints || coarsening instanceof Coarsening.Bins) && name.equals("sex")) {
            throw new IllegalArgumentException("sex is a category: use exact or groups");
        }
    }
}
