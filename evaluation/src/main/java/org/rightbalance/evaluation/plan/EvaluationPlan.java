package org.rightbalance.evaluation.plan;

import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.stats.matching.Estimand;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An evaluation's design, read from a YAML plan file by {@link PlanReader} (format:
 * {@code docs/evaluation-plan.md}). Every check is made here, so a plan built in code is held to the
 * same rules; messages name the YAML key.
 *
 * @param name              a name for the plan, e.g. rbff-2020
 * @param programme         the programme's name as {@code programme_participation.programme} spells it
 * @param extractDate       the day the data were extracted
 * @param sensitivityCutoff key referrals after this day get {@code referral_after_cutoff = 1}
 * @param treated           the treated cohort (flagged)
 * @param comparison        the comparison cohort (not flagged)
 * @param matchVariables    what to match on, in order, and how each is coarsened
 * @param estimand          the matching weights' target
 * @param outcomes          the outcomes, in column order
 * @param models            the models, in order
 * @param confidenceLevel   of every interval, in (0, 1)
 * @param power             the assumptions of the minimum detectable effects
 * @param invalidRows       what to do with rows of the extract that break a rule: stop before any analysis
 *                          (the default), or drop them and count them in the report
 */
public record EvaluationPlan(String name, String programme, LocalDate extractDate, LocalDate sensitivityCutoff,
                             CohortDefinition treated, CohortDefinition comparison,
                             List<MatchVariable> matchVariables, Estimand estimand,
                             List<OutcomeDefinition> outcomes, List<ModelSpec> models, double confidenceLevel,
                             PowerSettings power, ValidationPolicy invalidRows) {

    /** A plan that stops on any invalid row of the extract. */
    public EvaluationPlan(String name, String programme, LocalDate extractDate, LocalDate sensitivityCutoff,
                          CohortDefinition treated, CohortDefinition comparison, List<MatchVariable> matchVariables,
                          Estimand estimand, List<OutcomeDefinition> outcomes, List<ModelSpec> models,
                          double confidenceLevel, PowerSettings power) {
        this(name, programme, extractDate, sensitivityCutoff, treated, comparison, matchVariables, estimand, outcomes,
                models, confidenceLevel, power, ValidationPolicy.STOP);
    }

    public EvaluationPlan {
        require(name != null && !name.isBlank(), "name is required");
        require(programme != null && !programme.isBlank(), "programme is required");
        require(extractDate != null, "extract_date is required");
        require(sensitivityCutoff != null, "sensitivity_cutoff is required");
        require(treated != null, "treated is required");
        require(comparison != null, "comparison is required");
        require(estimand != null, "matching.estimand is required");
        require(power != null, "power is required");
        matchVariables = List.copyOf(Objects.requireNonNull(matchVariables, "matching.variables is required"));
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes is required"));
        models = List.copyOf(Objects.requireNonNull(models, "models is required"));
        require(treated.flagged(), "treated.flagged must be true: the treated cohort is the flagged children");
        require(!comparison.flagged(), "comparison.flagged must be false: the comparison cohort is never flagged");
        require(!treated.windowStart().isAfter(extractDate), "treated.window_start (" + treated.windowStart()
                + ") is after extract_date (" + extractDate + ")");
        require(!comparison.windowStart().isAfter(extractDate), "comparison.window_start ("
                + comparison.windowStart() + ") is after extract_date (" + extractDate + ")");
        require(!sensitivityCutoff.isAfter(extractDate), "sensitivity_cutoff (" + sensitivityCutoff
                + ") is after extract_date (" + extractDate + ")");
        require(!matchVariables.isEmpty(), "matching.variables must name at least one variable");
        Set<String> seen = new HashSet<>();
        for (MatchVariable v : matchVariables) {
            require(seen.add(v.name()), "matching.variables." + v.name() + " is named twice");
        }
        require(!outcomes.isEmpty(), "outcomes must define at least one outcome");
        seen.clear();
        for (OutcomeDefinition o : outcomes) {
            require(seen.add(o.name()), "outcomes." + o.name() + " is defined twice");
        }
        Set<String> modelled = new HashSet<>();
        for (int i = 0; i < models.size(); i++) {
            ModelSpec m = models.get(i);
            String key = "models[" + i + "]";
            OutcomeDefinition o = outcomes.stream().filter(x -> x.name().equals(m.outcome())).findFirst()
                    .orElseThrow(() -> new PlanException(key + ".outcome: '" + m.outcome()
                            + "' is not one of the outcomes"));
            require(modelled.add(m.outcome()), key + ".outcome: '" + m.outcome() + "' already has models");
            require(!m.estimators().contains(Estimator.LOGIT) || o.isBinary(), key + ".estimators: logit needs a "
                    + "binary outcome; '" + o.name() + "' is " + o.type().key());
        }
        require(confidenceLevel > 0 && confidenceLevel < 1, "confidence_level must be between 0 and 1, was "
                + confidenceLevel);
    }

    /** The outcome named {@code name}. */
    public Optional<OutcomeDefinition> outcome(String name) {
        return outcomes.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The names of the match variables, in order. */
    public List<String> matchVariableNames() {
        return matchVariables.stream().map(MatchVariable::name).toList();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new PlanException(message);
        }
    }
}
