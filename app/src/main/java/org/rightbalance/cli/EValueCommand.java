package org.rightbalance.cli;

import org.rightbalance.stats.sensitivity.EValue;
import org.rightbalance.stats.sensitivity.EValueResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;

/** {@code rightbalance stats evalue}: how strong unmeasured confounding would have to be. */
@Command(name = "evalue", mixinStandardHelpOptions = true,
        header = "E-value: confounding needed to explain an estimate away.",
        description = {"E-value (VanderWeele & Ding 2017): the minimum strength of association, on the risk-ratio scale,",
            "that an unmeasured confounder would need with both treatment and outcome to explain an estimate away."},
        footer = {"", "Measures: rr (risk ratio), or (odds ratio), hr (hazard ratio), smd (standardised mean difference, with --se),",
            "md (difference in means, with --se and --sd), rd (risk difference, with --baseline).",
            "Example: rightbalance stats evalue --measure rr --estimate 0.94 --lower 0.55 --upper 1.6"})
final class EValueCommand implements Runnable {

    @Option(names = "--measure", required = true, description = "rr, or, hr, smd, md or rd.")
    String measure;

    @Option(names = "--estimate", required = true, description = "The point estimate.")
    double estimate;

    @Option(names = "--lower", description = "Lower confidence limit (rr, or, hr, rd).")
    Double lower;

    @Option(names = "--upper", description = "Upper confidence limit (rr, or, hr, rd).")
    Double upper;

    @Option(names = "--se", description = "Standard error of the estimate (smd, md).")
    Double se;

    @Option(names = "--sd", description = "Outcome standard deviation (md).")
    Double sd;

    @Option(names = "--baseline", description = "Risk in the comparison group (rd).")
    Double baseline;

    @Option(names = "--common-outcome", description = "The outcome is common (over 15%): convert an OR or HR to a risk ratio.")
    boolean commonOutcome;

    @Option(names = "--json", description = "Write JSON instead of text.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        EValueResult result = compute();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(new EValueView(result.measure().name().toLowerCase(Locale.ROOT), result.estimate(),
                    Json.number(result.lower()), Json.number(result.upper()), Json.number(result.rrEstimate()),
                    Json.number(result.rrLower()), Json.number(result.rrUpper()), result.approximation(),
                    Json.number(result.pointEValue()), Json.number(result.ciEValue()), result.interpretation())));
        } else {
            out.printf(Locale.ROOT, "E-value for the estimate: %.2f%n", result.pointEValue());
            if (result.hasInterval()) {
                out.printf(Locale.ROOT, "E-value for the confidence limit closest to the null: %.2f%n", result.ciEValue());
            }
            out.println(result.interpretation());
        }
        out.flush();
    }

    private EValueResult compute() {
        double lo = lower == null ? Double.NaN : lower;
        double hi = upper == null ? Double.NaN : upper;
        return switch (measure.strip().toLowerCase(Locale.ROOT)) {
            case "rr" -> EValue.riskRatio(estimate, lo, hi);
            case "or" -> EValue.oddsRatio(estimate, lo, hi, !commonOutcome);
            case "hr" -> EValue.hazardRatio(estimate, lo, hi, !commonOutcome);
            case "smd" -> EValue.standardizedMeanDifference(estimate, required(se, "--se"));
            case "md" -> EValue.meanDifference(estimate, required(se, "--se"), required(sd, "--sd"));
            case "rd" -> EValue.riskDifference(estimate, lo, hi, required(baseline, "--baseline"));
            default -> throw new IllegalArgumentException("unknown measure '" + measure + "'; use rr, or, hr, smd, md or rd");
        };
    }

    private double required(Double value, String option) {
        if (value == null) {
            throw new IllegalArgumentException("--measure " + measure + " needs " + option);
        }
        return value;
    }

    /** JSON shape of an E-value. */
    record EValueView(String measure, double estimate, Double lower, Double upper, Double riskRatio,
                      Double riskRatioLower, Double riskRatioUpper, String approximation, Double evalue,
                      Double evalueConfidenceLimit, String interpretation) {
    }
}
