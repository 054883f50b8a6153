package org.rightbalance.cli;

import org.rightbalance.analysis.PowerRequest;
import org.rightbalance.analysis.PowerService;
import org.rightbalance.stats.power.Alternative;
import org.rightbalance.stats.power.DesignEffect;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code rightbalance stats power}: power, minimum detectable effect or sample size. */
@Command(name = "power", mixinStandardHelpOptions = true,
        header = "Power, minimum detectable effect or sample size.",
        description = {"Power of a two-group comparison, the smallest effect it can detect, or the sample it needs.",
            "Given --n1/--n2 and an effect: power. Given --n1/--n2 only: minimum detectable effect.",
            "Given an effect only: sample size. Proportions use Cohen's h (as R pwr.2p2n.test);",
            "means use the noncentral t (as pwr.t2n.test). Clustering divides each n by 1 + (m - 1) ICC."},
        footer = {"", "Example (the 2020 evaluation: 120 treated, 440 comparison, re-referral 11.1%):",
            "  rightbalance stats power --proportion --n1 120 --n2 440 --baseline 0.111 --cluster-size 1.25 --icc 0.3"})
final class PowerCommand implements Runnable {

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    OutcomeKind kind;

    static final class OutcomeKind {
        @Option(names = "--proportion", description = "Compare two proportions (a binary outcome).")
        boolean proportion;

        @Option(names = "--mean", description = "Compare two means.")
        boolean mean;
    }

    @Option(names = "--n1", paramLabel = "N", description = "Treated group size.")
    Double n1;

    @Option(names = "--n2", paramLabel = "N", description = "Comparison group size.")
    Double n2;

    @Option(names = "--baseline", paramLabel = "P", description = "Comparison group's proportion (proportions).")
    Double baseline;

    @Option(names = "--p1", paramLabel = "P", description = "Treated group's proportion to detect (proportions).")
    Double p1;

    @Option(names = "--sd", paramLabel = "SD", description = "Outcome standard deviation (means).")
    Double sd;

    @Option(names = "--difference", paramLabel = "D", description = "Difference in means to detect, in outcome units.")
    Double difference;

    @Option(names = "--alpha", defaultValue = "0.05", description = "Significance level (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--alternative", defaultValue = "two.sided", description = "two.sided, less or greater (default: ${DEFAULT-VALUE}).")
    String alternative;

    @Option(names = "--power", defaultValue = "0.8", description = "Target power for the MDE and sample size (default: ${DEFAULT-VALUE}).")
    double power;

    @Option(names = "--cluster-size", defaultValue = "1", paramLabel = "M", description = "Average cluster (family) size (default: ${DEFAULT-VALUE}).")
    double clusterSize;

    @Option(names = "--icc", defaultValue = "0", description = "Intra-cluster correlation (default: ${DEFAULT-VALUE}).")
    double icc;

    @Option(names = "--ratio", defaultValue = "1", description = "n2/n1 when solving for the sample size (default: ${DEFAULT-VALUE}).")
    double ratio;

    @Option(names = "--json", description = "Write JSON instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PowerRequest request = new PowerRequest(
                kind.proportion ? PowerRequest.Outcome.PROPORTION : PowerRequest.Outcome.MEAN,
                orNaN(n1), orNaN(n2), alpha, Alternative.parse(alternative), power,
                new DesignEffect(clusterSize, icc), orNaN(baseline), orNaN(p1), orNaN(sd), orNaN(difference), ratio);
        PowerService.PowerAnswer answer = new PowerService().answer(request);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(PowerView.of(request, answer)));
        } else {
            out.println(answer.summary());
        }
        out.flush();
    }

    private static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }

    /** JSON shape of a power answer. */
    record PowerView(String question, String outcome, Double n1, Double n2, Double effectiveN1, Double effectiveN2,
                     double alpha, String alternative, double designEffect, Double effectSize, Double power,
                     Double targetPower, Double baseline, Double detectableLower, Double detectableHigher,
                     Double detectableDifference, Long requiredN1, Long requiredN2, String summary) {

        static PowerView of(PowerRequest r, PowerService.PowerAnswer a) {
            Double effectiveN1 = null;
            Double effectiveN2 = null;
            if (!Double.isNaN(r.n1())) {
                effectiveN1 = r.designEffect().effectiveSize(r.n1());
                effectiveN2 = r.designEffect().effectiveSize(r.n2());
            }
            Double lower = a.proportionMde() == null ? null : Json.number(a.proportionMde().lowerProportion());
            Double higher = a.proportionMde() == null ? null : Json.number(a.proportionMde().higherProportion());
            Double difference = a.meanMde() == null ? null : Json.number(a.meanMde().difference());
            return new PowerView(a.question().name().toLowerCase(java.util.Locale.ROOT),
                    r.outcome().name().toLowerCase(java.util.Locale.ROOT), Json.number(r.n1()), Json.number(r.n2()),
                    effectiveN1, effectiveN2, r.alpha(), r.alternative().rName(), r.designEffect().value(),
                    Json.number(a.effectSize()),
                    achievedPower(a),
                    r.targetPower(), Json.number(r.baseline()), lower, higher, difference,
                    a.sampleSize() == null ? null : a.sampleSize().n1(), a.sampleSize() == null ? null : a.sampleSize().n2(),
                    a.summary());
        }

        private static Double achievedPower(PowerService.PowerAnswer a) {
            if (a.power() != null) {
                return a.power().power();
            }
            if (a.sampleSize() != null) {
                return a.sampleSize().achievedPower();
            }
            return null;
        }
    }
}
