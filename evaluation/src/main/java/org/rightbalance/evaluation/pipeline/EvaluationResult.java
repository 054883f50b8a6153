package org.rightbalance.evaluation.pipeline;

import org.rightbalance.evaluation.cohort.CohortCounts;
import org.rightbalance.evaluation.plan.EvaluationPlan;
import org.rightbalance.stats.matching.BalanceResult;
import org.rightbalance.stats.matching.CemResult;

import java.util.List;

/**
 * Everything {@link EvaluationPipeline#run} found.
 *
 * @param plan            the plan that was run
 * @param counts          the cohort counts before matching
 * @param consort         the consort diagram (Figure 8), with the matched counts
 * @param rows            the analysis table: one row per child of either cohort, with its match
 * @param cem             the matching (per-row arrays in the order of {@code rows})
 * @param balance         the balance table (Table 2)
 * @param models          the models of the plan, in plan order (Tables 3–5)
 * @param exclusions      per outcome with missing values, the matched children left out and why
 * @param characteristics the four groups of Tables 6–7
 * @param power           minimum detectable effects per modelled outcome
 * @param eValues         E-values per modelled outcome
 */
public record EvaluationResult(EvaluationPlan plan, CohortCounts counts, Consort consort, List<MatchedRow> rows,
                               CemResult cem, BalanceResult balance, List<ModelResult> models,
                               List<OutcomeExclusions> exclusions, List<GroupCharacteristics> characteristics,
                               List<OutcomePower> power, List<OutcomeEValue> eValues) {

    public EvaluationResult {
        rows = List.copyOf(rows);
        models = List.copyOf(models);
        exclusions = List.copyOf(exclusions);
        characteristics = List.copyOf(characteristics);
        power = List.copyOf(power);
        eValues = List.copyOf(eValues);
    }

    /** The model of {@code outcome} by {@code estimator} ("ols" or "logit"), with or without the dummy. */
    public ModelResult model(String outcome, String estimator, boolean sensitivity) {
        return models.stream().filter(m -> m.outcome().equals(outcome) && m.estimator().equals(estimator)
                        && m.sensitivity() == sensitivity).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + estimator + " model of " + outcome
                        + (sensitivity ? " with" : " without") + " the sensitivity dummy"));
    }
}
