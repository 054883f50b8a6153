package org.rightbalance.stats.matching;

/**
 * How one match variable was coarsened, for reporting next to the match.
 *
 * @param name      the variable
 * @param numeric   whether it holds numbers
 * @param rule      the coarsening applied
 * @param cutPoints for a binned numeric variable, the interior breaks (bins are [cᵢ, cᵢ₊₁), the outer
 *                  ones open to ±∞); empty when matched exactly or by categories
 * @param levels    how many distinct coarsened values occur among the units with complete match
 *                  variables (bins that hold someone, or categories)
 */
public record CoarsenedVariable(String name, boolean numeric, Coarsening rule, double[] cutPoints, int levels) {
}
