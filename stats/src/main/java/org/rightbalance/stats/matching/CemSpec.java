package org.rightbalance.stats.matching;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What to match on and how: the arguments of MatchIt's {@code matchit(treat ~ A + B + C,
 * method = "cem", estimand, cutpoints, grouping, k2k)}.
 *
 * @param treatment      the treatment column: numbers 0 (control) and 1 (treated), or two labels of
 *                       which {@code treatedLabel} is the treated one
 * @param treatedLabel   for a column of labels, the label of the treated group; {@code null} for a 0/1
 *                       column (the labels {@code FALSE}/{@code TRUE} and {@code 0}/{@code 1} need none)
 * @param matchVariables the columns to match on, at least one, no repeats
 * @param coarsening     per variable, how to coarsen it for matching; a variable not named here gets
 *                       {@link Coarsening.Sturges} when numeric and {@link Coarsening.Exact} when
 *                       categorical, as in MatchIt
 * @param estimand       which weights to compute
 * @param k2kSeed        when present, k-to-k matching: in each stratum keep min(treated, control) units
 *                       of each group, drawn at random with this seed
 * @param l1Coarsening   per variable, how to coarsen it for measuring the imbalance L1 (cem's
 *                       {@code imbalance(..., breaks = )}, here any {@link Coarsening}); a variable not
 *                       named here gets cem's default, {@link Coarsening.PrettyScott} when numeric and
 *                       {@link Coarsening.Exact} when categorical, whatever its matching coarsening
 *                       (see {@link L1Imbalance})
 */
public record CemSpec(String treatment, String treatedLabel, List<String> matchVariables,
                      Map<String, Coarsening> coarsening, Estimand estimand, OptionalLong k2kSeed,
                      Map<String, Coarsening> l1Coarsening) {

    public CemSpec {
        Objects.requireNonNull(treatment, "treatment");
        matchVariables = List.copyOf(matchVariables);
        coarsening = Map.copyOf(coarsening);
        Objects.requireNonNull(estimand, "estimand");
        Objects.requireNonNull(k2kSeed, "k2kSeed");
        if (matchVariables.isEmpty()) {
            throw new IllegalArgumentException("name at least one match variable");
        }
        if (new HashSet<>(matchVariables).size() != matchVariables.size()) {
            throw new IllegalArgumentException("a match variable is named twice: " + matchVariables);
        }
        if (matchVariables.contains(treatment)) {
            throw new IllegalArgumentException("the treatment column '" + treatment + "' cannot also be a match variable");
        }
        l1Coarsening = Map.copyOf(l1Coarsening);
        for (String name : coarsening.keySet()) {
            if (!matchVariables.contains(name)) {
                throw new IllegalArgumentException("coarsening given for '" + name
                        + "', which is not a match variable (" + String.join(", ", matchVariables) + ")");
            }
        }
        for (String name : l1Coarsening.keySet()) {
            if (!matchVariables.contains(name)) {
                throw new IllegalArgumentException("L1 coarsening given for '" + name
                        + "', which is not a match variable (" + String.join(", ", matchVariables) + ")");
            }
        }
    }

    /** A spec that measures L1 with cem's default coarsening of every variable. */
    public CemSpec(String treatment, String treatedLabel, List<String> matchVariables,
                   Map<String, Coarsening> coarsening, Estimand estimand, OptionalLong k2kSeed) {
        this(treatment, treatedLabel, matchVariables, coarsening, estimand, k2kSeed, Map.of());
    }

    /** ATT matching of a 0/1 treatment with MatchIt's default coarsening of every variable. */
    public static CemSpec of(String treatment, List<String> matchVariables) {
        return new CemSpec(treatment, null, matchVariables, Map.of(), Estimand.ATT, OptionalLong.empty(), Map.of());
    }

    /** This spec with {@code variable} coarsened by {@code how}. */
    public CemSpec withCoarsening(String variable, Coarsening how) {
        Map<String, Coarsening> m = new LinkedHashMap<>(coarsening);
        m.put(variable, how);
        return new CemSpec(treatment, treatedLabel, matchVariables, m, estimand, k2kSeed, l1Coarsening);
    }

    public CemSpec withEstimand(Estimand e) {
        return new CemSpec(treatment, treatedLabel, matchVariables, coarsening, e, k2kSeed, l1Coarsening);
    }

    public CemSpec withTreatedLabel(String label) {
        return new CemSpec(treatment, label, matchVariables, coarsening, estimand, k2kSeed, l1Coarsening);
    }

    /** This spec with k-to-k matching drawn with {@code seed}. */
    public CemSpec withK2k(long seed) {
        return new CemSpec(treatment, treatedLabel, matchVariables, coarsening, estimand, OptionalLong.of(seed),
                l1Coarsening);
    }

    /**
     * This spec with {@code variable} coarsened by {@code how} when measuring L1 (the matching itself is
     * unchanged), as cem's {@code imbalance(..., breaks = list(variable = ...))}.
     */
    public CemSpec withL1Coarsening(String variable, Coarsening how) {
        Map<String, Coarsening> m = new LinkedHashMap<>(l1Coarsening);
        m.put(variable, how);
        return new CemSpec(treatment, treatedLabel, matchVariables, coarsening, estimand, k2kSeed, m);
    }
}
