package org.rightbalance.stats.matching;

/**
 * How one match variable was coarsened, for matching or for measuring L1, for reporting next to the
 * match.
 *
 * @param name      the variable
 * @param numeric   whether it holds numbers
 * @param rule      the coarsening applied
 * @param cutPoints for a binned numeric variable, the interior breaks (bins are [cᵢ, cᵢ₊₁), the outer
 *                  ones open to ±∞; for {@link Coarsening.PrettyScott} (cᵢ, cᵢ₊₁], the outer ones
 *                  reaching the range of the data); empty when coarsened exactly or by categories
 * @param levels    how many distinct coarsened values occur among the units with complete match
 *                  variables (bins that hold someone, or categories)
 */
public record CoarsenedVariable(String name, boolean numeric, Coarsening rule, double[] cutPoints, int levels) {
}
