package org.rightbalance.demo;

import org.rightbalance.analysis.MatchRequest;
import org.rightbalance.analysis.MatchingService;
import org.rightbalance.analysis.PowerRequest;
import org.rightbalance.analysis.PowerService;
import org.rightbalance.analysis.RegressionRequest;
import org.rightbalance.analysis.RegressionService;
import org.rightbalance.stats.data.ColumnKind;
import org.rightbalance.stats.data.CsvTableReader;
import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.matching.CemSpec;
import org.rightbalance.stats.model.Coefficient;
import org.rightbalance.stats.model.Formula;
import org.rightbalance.stats.power.Alternative;
import org.rightbalance.stats.power.DesignEffect;
import org.rightbalance.stats.regression.AverageMarginalEffect;
import org.rightbalance.stats.regression.LinearRegressionResult;
import org.rightbalance.stats.regression.LogitVariance;
import org.rightbalance.stats.regression.VarianceEstimator;
import org.rightbalance.stats.sensitivity.EValue;
import org.rightbalance.stats.sensitivity.EValueResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 2020 evaluation's design run end to end on a synthetic cohort ({@link DemoCohort}): match
 * on previous referral, sex, quarter and siblings (CEM, ATT); check balance; regress each outcome
 * on treatment with matching weights and family-clustered CR1 errors (OLS, and logit for the binary
 * outcomes, each again with the sensitivity dummy for referrals after the follow-up cut-off); say
 * what the sample could detect and how strong confounding would have to be.
 */
public final class DemoEvaluation {

    /** The outcomes of the report's Tables 3–5. */
    public static final List<String> OUTCOMES = List.of("rereferral_1y", "cin_plan_days", "escalation_1y");
    private static final Set<String> BINARY = Set.of("rereferral_1y", "escalation_1y");
    private static final List<String> MATCH = List.of("previous_referral", "sex", "quarter", "siblings");

    /** One regression: as a row of Tables 3–5. */
    public record Model(String outcome, String estimator, boolean sensitivity, int n, int clusters, double controlMean,
                        List<Coefficient> coefficients, Optional<AverageMarginalEffect> marginalEffect) {

        public Coefficient treated() {
            return coefficients.stream().filter(c -> c.term().equals("treated")).findFirst().orElseThrow();
        }
    }

    /** Everything the demo found. */
    public record Findings(Path folder, MatchingService.MatchOutcome match, List<Model> models,
                           PowerService.PowerAnswer rereferralMde, EValueResult rereferralEValue, int openPlansTreated,
                           int openPlansComparison, double averageFamilySize, double assumedIcc) {
    }

    private final MatchingService matching = new MatchingService();
    private final RegressionService regression = new RegressionService();
    private final PowerService power = new PowerService();

    /** Generates the cohort into {@code folder} and evaluates it. */
    public Findings run(Path folder, long seed, double assumedIcc) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path cohort = folder.resolve("analysis_table.csv");
        Path matchedFile = folder.resolve("matched.csv");
        DemoCohort.write(cohort, seed);

        MatchingService.MatchOutcome match = matching.match(
                new MatchRequest(cohort, CemSpec.of("treated", MATCH), "person_id", matchedFile));

        Table matched = CsvTableReader.read(matchedFile, columns());
        List<Model> models = new ArrayList<>();
        for (String outcome : OUTCOMES) {
            double controlMean = controlMean(matched, outcome);
            models.add(ols(matchedFile, outcome, false, controlMean));
            if (BINARY.contains(outcome)) {
                models.add(logit(matchedFile, outcome, false, controlMean));
                models.add(ols(matchedFile, outcome, true, controlMean));
                models.add(logit(matchedFile, outcome, true, controlMean));
            }
        }

        double familySize = averageFamilySize(matched);
        Model rereferral = models.get(0);
        PowerService.PowerAnswer mde = power.answer(new PowerRequest(PowerRequest.Outcome.PROPORTION,
                match.result().matched().treated(), match.result().matched().control(), 0.05, Alternative.TWO_SIDED,
                0.8, new DesignEffect(familySize, assumedIcc), rereferral.controlMean(), Double.NaN, Double.NaN,
                Double.NaN, 1));
        Coefficient effect = rereferral.treated();
        EValueResult evalue = EValue.riskDifference(effect.estimate(), effect.confLow(), effect.confHigh(),
                rereferral.controlMean());
        int[] open = openPlans(matched);
        return new Findings(folder, match, models, mde, evalue, open[0], open[1], familySize, assumedIcc);
    }

    private Model ols(Path matchedFile, String outcome, boolean sensitivity, double controlMean) {
        LinearRegressionResult fit = regression.ols(request(matchedFile, outcome, sensitivity), VarianceEstimator.CR1);
        return new Model(outcome, "ols", sensitivity, fit.n(), fit.clusters(), controlMean, fit.coefficients(),
                Optional.empty());
    }

    private Model logit(Path matchedFile, String outcome, boolean sensitivity, double controlMean) {
        RegressionService.LogitOutcome fit = regression.logit(request(matchedFile, outcome, sensitivity),
                LogitVariance.CR1, "treated", true);
        return new Model(outcome, "logit", sensitivity, fit.fit().observations(), fit.fit().clusters(), controlMean,
                fit.fit().coefficients(), fit.marginalEffect());
    }

    private static RegressionRequest request(Path matchedFile, String outcome, boolean sensitivity) {
        Formula formula = Formula.parse(outcome + " ~ treated" + (sensitivity ? " + referral_after_cutoff" : ""));
        return new RegressionRequest(matchedFile, formula, "weight", "family_id", 0.95);
    }

    private static Map<String, ColumnKind> columns() {
        Map<String, ColumnKind> c = new LinkedHashMap<>();
        c.put("family_id", ColumnKind.CATEGORICAL);
        c.put("treated", ColumnKind.NUMERIC);
        c.put("weight", ColumnKind.NUMERIC);
        for (String o : OUTCOMES) {
            c.put(o, ColumnKind.NUMERIC);
        }
        return c;
    }

    /** The unweighted mean of the outcome among matched comparison children, as the report's "control mean". */
    private static double controlMean(Table t, String outcome) {
        double[] y = t.numeric(outcome).values();
        double[] treated = t.numeric("treated").values();
        double[] w = t.numeric("weight").values();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < y.length; i++) {
            if (treated[i] == 0 && w[i] > 0 && !Double.isNaN(y[i])) {
                sum += y[i];
                n++;
            }
        }
        return sum / n;
    }

    private static double averageFamilySize(Table t) {
        double[] w = t.numeric("weight").values();
        var families = t.column("family_id");
        Set<String> distinct = new HashSet<>();
        int n = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                distinct.add(families.text(i));
                n++;
            }
        }
        return (double) n / distinct.size();
    }

    private static int[] openPlans(Table t) {
        double[] days = t.numeric("cin_plan_days").values();
        double[] treated = t.numeric("treated").values();
        double[] w = t.numeric("weight").values();
        int[] open = new int[2];
        for (int i = 0; i < days.length; i++) {
            if (w[i] > 0 && Double.isNaN(days[i])) {
                open[treated[i] == 1 ? 0 : 1]++;
            }
        }
        return open;
    }
}
