package org.rightbalance.evaluation.pipeline;

import org.rightbalance.evaluation.cohort.AnalysisRow;
import org.rightbalance.evaluation.cohort.ChildProfile;
import org.rightbalance.evaluation.cohort.CohortBuilder;
import org.rightbalance.evaluation.cohort.CohortCounts;
import org.rightbalance.evaluation.cohort.Cohorts;
import org.rightbalance.evaluation.cohort.Group;
import org.rightbalance.evaluation.plan.AgeBand;
import org.rightbalance.evaluation.plan.EvaluationPlan;
import org.rightbalance.evaluation.plan.MatchVariable;
import org.rightbalance.evaluation.plan.ModelSpec;
import org.rightbalance.evaluation.plan.OutcomeDefinition;
import org.rightbalance.evaluation.plan.OutcomeType;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.matching.BalanceResult;
import org.rightbalance.stats.matching.BalanceTable;
import org.rightbalance.stats.matching.CemResult;
import org.rightbalance.stats.matching.CemSpec;
import org.rightbalance.stats.matching.Coarsening;
import org.rightbalance.stats.matching.CoarsenedExactMatching;
import org.rightbalance.stats.model.Coefficient;
import org.rightbalance.stats.power.Alternative;
import org.rightbalance.stats.power.DesignEffect;
import org.rightbalance.stats.power.MeanMde;
import org.rightbalance.stats.power.ProportionMde;
import org.rightbalance.stats.power.TwoGroupDesign;
import org.rightbalance.stats.power.TwoMeanPower;
import org.rightbalance.stats.power.TwoProportionPower;
import org.rightbalance.stats.sensitivity.EValue;
import org.rightbalance.stats.sensitivity.EValueResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Runs an evaluation plan on an extract: cohorts and outcomes, coarsened exact matching, balance, the
 * models, what the sample could detect and E-values — all in memory.
 */
public final class EvaluationPipeline {

    private EvaluationPipeline() {
    }

    /** {@link #run(EvaluationPlan, SsdExtract, PipelineProgress)} without progress reports. */
    public static EvaluationResult run(EvaluationPlan plan, SsdExtract extract) {
        return run(plan, extract, PipelineProgress.NONE);
    }

    /**
     * @throws IllegalStateException when either cohort is empty, so nothing can be matched
     */
    public static EvaluationResult run(EvaluationPlan plan, SsdExtract extract, PipelineProgress progress) {
        progress.report(PipelineProgress.Stage.COHORTS, "drawing the cohorts from " + extract.referrals().size()
                + " referrals of " + extract.people().size() + " people");
        Cohorts cohorts = new CohortBuilder(plan).build(extract);
        CohortCounts counts = cohorts.counts();
        if (counts.treated() == 0 || counts.comparison() == 0) {
            throw new IllegalStateException("cannot match: the treated cohort has " + counts.treated()
                    + " children and the comparison cohort " + counts.comparison() + " (plan " + plan.name() + ")");
        }
        List<AnalysisRow> rows = cohorts.rows();

        progress.report(PipelineProgress.Stage.MATCHING, "matching " + rows.size() + " children on "
                + String.join(", ", plan.matchVariableNames()));
        Table table = AnalysisTable.toTable(plan, rows, null);
        CemResult cem = new CoarsenedExactMatching(cemSpec(plan)).fit(table);
        BalanceResult balance = BalanceTable.compute(table, cem);
        Table weighted = AnalysisTable.toTable(plan, rows, cem.weight());
        List<MatchedRow> matched = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            matched.add(new MatchedRow(rows.get(i), cem.isMatched(i), cem.stratum()[i], cem.weight()[i]));
        }

        progress.report(PipelineProgress.Stage.MODELS, "fitting " + plan.models().size() + " outcomes' models to "
                + cem.matched().total() + " matched children");
        List<ModelResult> models = new ModelFitter(plan).fitAll(weighted);

        progress.report(PipelineProgress.Stage.POWER, "minimum detectable effects and E-values");
        List<OutcomePower> power = new ArrayList<>();
        List<OutcomeEValue> eValues = new ArrayList<>();
        for (ModelSpec spec : plan.models()) {
            OutcomeDefinition o = plan.outcome(spec.outcome()).orElseThrow();
            power.add(power(plan, o, matched, weighted));
            eValues.add(eValue(o, models, weighted));
        }
        int afterCutoff = (int) matched.stream().filter(m -> m.matched() && m.row().treated() == 1
                && m.row().referralAfterCutoff() == 1).count();
        EvaluationResult result = new EvaluationResult(plan, counts, consort(plan, counts, cem, afterCutoff), matched, cem, balance,
                models, exclusions(plan, matched), characteristics(cohorts, matched), power, eValues);
        progress.report(PipelineProgress.Stage.DONE, cem.matched().treated() + " treated and "
                + cem.matched().control() + " comparison children matched; " + models.size() + " models");
        return result;
    }

    /** The CEM specification of the plan: treated ~ match variables, their coarsening and estimand. */
    public static CemSpec cemSpec(EvaluationPlan plan) {
        Map<String, Coarsening> how = new LinkedHashMap<>();
        for (MatchVariable v : plan.matchVariables()) {
            how.put(v.name(), v.coarsening());
        }
        return new CemSpec("treated", null, plan.matchVariableNames(), how, plan.estimand(), OptionalLong.empty(),
                Map.of());
    }

    private static Consort consort(EvaluationPlan plan, CohortCounts c, CemResult cem, int afterCutoff) {
        AgeBand t = plan.treated().ageBand();
        AgeBand k = plan.comparison().ageBand();
        String tWindow = "key referral on or after " + plan.treated().windowStart()
                + plan.treated().end().map(e -> " and before " + e).orElse("");
        String kWindow = "referral on or after " + plan.comparison().windowStart()
                + plan.comparison().end().map(e -> " and before " + e).orElse("");
        List<ConsortStep> treated = List.of(
                new ConsortStep("flagged " + plan.programme(), c.flagged()),
                new ConsortStep(tWindow, c.flaggedKeyReferralInWindow()),
                new ConsortStep("aged " + t.min() + "-" + t.max() + " at the key referral", c.treated()),
                new ConsortStep("matched", cem.matched().treated()));
        List<ConsortStep> comparison = List.of(
                new ConsortStep("never flagged " + plan.programme() + ", " + kWindow, c.comparisonWithReferral()),
                new ConsortStep("aged " + k.min() + "-" + k.max() + " at a referral in the window", c.comparison()),
                new ConsortStep("matched", cem.matched().control()));
        return new Consort(treated, comparison, c.flaggedBelowAgeBand(), c.flaggedAboveAgeBand(), afterCutoff);
    }

    private static List<OutcomeExclusions> exclusions(EvaluationPlan plan, List<MatchedRow> rows) {
        List<OutcomeExclusions> out = new ArrayList<>();
        for (OutcomeDefinition o : plan.outcomes()) {
            if (o.type() != OutcomeType.CIN_PLAN_DAYS) {
                continue;
            }
            int[] n = new int[4];
            for (MatchedRow m : rows) {
                if (!m.matched()) {
                    continue;
                }
                String why = m.row().missingReasons().get(o.name());
                int g = m.row().group() == Group.TREATED ? 0 : 1;
                if (AnalysisRow.OPEN_PLAN.equals(why)) {
                    n[g]++;
                } else if (AnalysisRow.NO_PLAN.equals(why)) {
                    n[2 + g]++;
                }
            }
            out.add(new OutcomeExclusions(o.name(), n[0], n[1], n[2], n[3]));
        }
        return out;
    }

    private static List<GroupCharacteristics> characteristics(Cohorts cohorts, List<MatchedRow> rows) {
        List<ChildProfile> treatedMatched = new ArrayList<>();
        List<ChildProfile> comparisonMatched = new ArrayList<>();
        List<ChildProfile> comparisonUnmatched = new ArrayList<>();
        for (MatchedRow m : rows) {
            ChildProfile p = cohorts.profiles().get(m.row().personId());
            if (m.row().group() == Group.TREATED) {
                if (m.matched()) {
                    treatedMatched.add(p);
                }
            } else if (m.matched()) {
                comparisonMatched.add(p);
            } else {
                comparisonUnmatched.add(p);
            }
        }
        return List.of(
                GroupCharacteristics.of("treated_matched", treatedMatched),
                GroupCharacteristics.of("evaluation_period_untreated", cohorts.evaluationPeriodUntreated()),
                GroupCharacteristics.of("comparison_matched", comparisonMatched),
                GroupCharacteristics.of("comparison_unmatched", comparisonUnmatched));
    }

    private static OutcomePower power(EvaluationPlan plan, OutcomeDefinition o, List<MatchedRow> rows, Table table) {
        int n1 = 0;
        int n2 = 0;
        Set<String> families = new HashSet<>();
        for (MatchedRow m : rows) {
            if (m.matched() && !Double.isNaN(m.row().outcome(o.name()))) {
                if (m.row().group() == Group.TREATED) {
                    n1++;
                } else {
                    n2++;
                }
                families.add(m.row().familyId());
            }
        }
        double familySize = families.isEmpty() ? Double.NaN : (double) (n1 + n2) / families.size();
        double baseline = ModelFitter.controlMean(table, o.name());
        String scale = o.isBinary() ? "proportion" : "mean";
        double sd = o.isBinary() ? Double.NaN : ModelFitter.controlStandardDeviation(table, o.name());
        double nan = Double.NaN;
        try {
            DesignEffect deff = new DesignEffect(familySize, plan.power().assumedIcc());
            TwoGroupDesign design = new TwoGroupDesign(n1, n2, plan.power().alpha(), Alternative.TWO_SIDED, deff);
            if (o.isBinary()) {
                ProportionMde mde = TwoProportionPower.minimumDetectableEffect(design, plan.power().targetPower(),
                        baseline);
                return new OutcomePower(o.name(), scale, n1, n2, familySize, deff.value(), baseline, nan, mde.h(),
                        mde.lowerProportion(), mde.higherProportion(), nan, mde.summary(), Optional.empty());
            }
            MeanMde mde = TwoMeanPower.minimumDetectableEffect(design, plan.power().targetPower(), sd);
            return new OutcomePower(o.name(), scale, n1, n2, familySize, deff.value(), baseline, sd, mde.d(), nan, nan,
                    mde.difference(), mde.summary(), Optional.empty());
        } catch (IllegalArgumentException e) {
            return new OutcomePower(o.name(), scale, n1, n2, familySize, nan, baseline, sd, nan, nan, nan, nan,
                    "No minimum detectable effect: " + e.getMessage() + ".", Optional.of(e.getMessage()));
        }
    }

    private static OutcomeEValue eValue(OutcomeDefinition o, List<ModelResult> models, Table table) {
        String measure = o.isBinary() ? "risk_difference" : "mean_difference";
        Optional<ModelResult> primary = models.stream().filter(m -> m.outcome().equals(o.name())
                && m.estimator().equals("ols") && !m.sensitivity() && m.fitted()).findFirst();
        if (primary.isEmpty()) {
            return noEValue(o, measure, "no fitted OLS model of " + o.name());
        }
        Coefficient effect = primary.get().coefficient("treated").orElseThrow();
        try {
            EValueResult e = o.isBinary()
                    ? EValue.riskDifference(effect.estimate(), effect.confLow(), effect.confHigh(),
                    primary.get().controlMean())
                    : EValue.meanDifference(effect.estimate(), effect.stdError(),
                    ModelFitter.controlStandardDeviation(table, o.name()));
            return new OutcomeEValue(o.name(), measure, e.rrEstimate(), e.pointEValue(), e.ciEValue(),
                    e.interpretation(), Optional.empty());
        } catch (IllegalArgumentException ex) {
            return noEValue(o, measure, ex.getMessage());
        }
    }

    private static OutcomeEValue noEValue(OutcomeDefinition o, String measure, String why) {
        return new OutcomeEValue(o.name(), measure, Double.NaN, Double.NaN, Double.NaN, "No E-value: " + why + ".",
                Optional.of(why));
    }
}
