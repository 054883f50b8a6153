package org.rightbalance.stats.matching;

import java.util.List;
import java.util.Optional;

/**
 * Which match variable makes the strata too thin to match, found by leaving each variable out in turn.
 *
 * <p>R's CEM only says "No units were matched" (MatchIt) or fails with "subscript out of bounds"
 * (package cem); this names the variable whose removal would match the most additional treated units.
 *
 * @param treatedMatched treated units matched on all the variables
 * @param treatedTotal   treated units with complete match variables
 * @param variables      one entry per match variable, in the order given
 * @param worstVariable  the variable whose removal matches the most additional treated units, if
 *                       leaving any single variable out helps at all
 * @param explanation    one plain sentence for the person running the match
 */
public record ThinStrataDiagnosis(int treatedMatched, int treatedTotal, List<Variable> variables,
                                  Optional<String> worstVariable, String explanation) {

    public ThinStrataDiagnosis {
        variables = List.copyOf(variables);
    }

    /**
     * One match variable's share in thinning the strata.
     *
     * @param name                   the variable
     * @param levels                 its number of distinct coarsened values (bins or categories) in use
     * @param treatedMatchedWithout  treated units that would match on all the other variables
     * @param controlMatchedWithout  control units that would match on all the other variables
     */
    public record Variable(String name, int levels, int treatedMatchedWithout, int controlMatchedWithout) {
    }
}
