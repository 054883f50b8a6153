package org.rightbalance.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the whole evaluation by either implementation ({@code rightbalance bench evaluation-run} or
 * {@code bench/r/evaluation.R}): seconds per step, peak resident memory, the cohort counts and each model's
 * treated coefficient, so that the two runs can be checked to have done the same job. Both print it as
 * the same one-line JSON object.
 *
 * @param implementation "Java" or "R"
 * @param referrals      referrals in the extract
 * @param people         people in the extract
 * @param read           seconds to read the extract (Java: and validate every rule of docs/data-format.md)
 * @param cohorts        seconds to draw the cohorts and derive the analysis table
 * @param matching       seconds of coarsened exact matching (Java: and the balance table)
 * @param models         seconds to fit the plan's models (Java: and the logits' average marginal effects)
 * @param outputs        Java only: seconds for power, E-values and writing analysis_table.csv, results.json,
 *                       report.html and report.pdf; NaN for R
 * @param peakRssMb      the process's peak resident set (VmHWM) in MB
 * @param counts         {@link #COUNTS}, in that order
 * @param estimates      each model's n, treated coefficient and clustered standard error, in plan order
 * @param version        what ran (e.g. the R and package versions)
 */
public record EvaluationTimings(String implementation, long referrals, long people, double read, double cohorts,
                                double matching, double models, double outputs, double peakRssMb,
                                Map<String, Long> counts, List<Estimate> estimates, String version) {

    /** The cohort counts both implementations report. */
    public static final List<String> COUNTS = List.of("flagged", "flagged_key_referral_in_window", "treated",
            "comparison_with_referral", "comparison", "evaluation_period_untreated", "matched_treated",
            "matched_control");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One model.
     *
     * @param model     {@code outcome/estimator}, plus {@code /cutoff} with referral_after_cutoff
     * @param n         observations
     * @param treated   the treated coefficient (log-odds for a logit); NaN when not estimated
     * @param treatedSe its family-clustered (CR1) standard error
     */
    public record Estimate(String model, long n, double treated, double treatedSe) {
    }

    public EvaluationTimings {
        counts = new LinkedHashMap<>(counts);
        estimates = List.copyOf(estimates);
    }

    /** Reading, cohorts, matching and models: the steps both implementations do. */
    public double total() {
        return read + cohorts + matching + models;
    }

    public long count(String name) {
        Long n = counts.get(name);
        if (n == null) {
            throw new IllegalArgumentException("no count " + name);
        }
        return n;
    }

    /** The one-line JSON form. */
    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("implementation", implementation);
        o.put("referrals", referrals);
        o.put("people", people);
        o.put("read", seconds(read));
        o.put("cohorts", seconds(cohorts));
        o.put("matching", seconds(matching));
        o.put("models", seconds(models));
        o.put("total", seconds(total()));
        if (!Double.isNaN(outputs)) {
            o.put("outputs", seconds(outputs));
        }
        o.put("peak_rss_mb", Math.round(peakRssMb * 10) / 10.0);
        for (String c : COUNTS) {
            o.put(c, count(c));
        }
        ObjectNode e = o.putObject("estimates");
        for (Estimate x : estimates) {
            ObjectNode m = e.putObject(x.model());
            m.put("n", x.n());
            number(m, "treated", x.treated());
            number(m, "treated_se", x.treatedSe());
        }
        o.put("version", version);
        return JSON.writeValueAsString(o);
    }

    /** Reads the JSON line of either implementation. */
    public static EvaluationTimings parse(String json) {
        JsonNode n = JSON.readTree(json);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String c : COUNTS) {
            counts.put(c, required(n, c).asLong());
        }
        List<Estimate> estimates = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : required(n, "estimates").properties()) {
            JsonNode m = e.getValue();
            estimates.add(new Estimate(e.getKey(), required(m, "n").asLong(), number(m.get("treated")),
                    number(m.get("treated_se"))));
        }
        JsonNode outputs = n.get("outputs");
        return new EvaluationTimings(required(n, "implementation").asString(), required(n, "referrals").asLong(),
                required(n, "people").asLong(), required(n, "read").asDouble(), required(n, "cohorts").asDouble(),
                required(n, "matching").asDouble(), required(n, "models").asDouble(),
                outputs == null ? Double.NaN : outputs.asDouble(), required(n, "peak_rss_mb").asDouble(), counts,
                estimates, n.has("version") ? n.get("version").asString() : "");
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null) {
            throw new IllegalArgumentException("the benchmark run printed no '" + field + "': " + n);
        }
        return v;
    }

    private static double seconds(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

    private static void number(ObjectNode o, String field, double v) {
        if (Double.isFinite(v)) {
            o.put(field, v);
        } else {
            o.putNull(field);
        }
    }

    private static double number(JsonNode v) {
        return v == null || !v.isNumber() ? Double.NaN : v.asDouble();
    }
}
