package org.rightbalance.evaluation.plan;

import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.stats.matching.Coarsening;
import org.rightbalance.stats.matching.Estimand;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads an evaluation plan from YAML ({@code docs/evaluation-plan.md}). Strict: an unknown or repeated
 * key, a value of the wrong kind, or a rule broken is a {@link PlanException} whose one-line message
 * names the key, e.g. {@code comparison.window_end: '2017-02-30' is not a date (yyyy-mm-dd)}.
 */
public final class PlanReader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private PlanReader() {
    }

    /** Reads the plan file; messages start with the file name. */
    public static EvaluationPlan read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlanException(file + ": cannot read the plan (" + e.getMessage() + ")");
        }
        try {
            return parse(text);
        } catch (PlanException e) {
            throw new PlanException(file.getFileName() + ": " + e.getMessage());
        }
    }

    /** Parses a plan from YAML text. */
    public static EvaluationPlan parse(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new PlanException("not valid YAML" + where + ": " + firstLine(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new PlanException("the plan is empty");
        }
        Node plan = new Node(root, "").object("name", "programme", "extract_date", "sensitivity_cutoff", "treated",
                "comparison", "matching", "outcomes", "models", "confidence_level", "power", "invalid_rows");
        String name = plan.get("name").text();
        String programme = plan.get("programme").text();
        LocalDate extract = plan.get("extract_date").date();
        LocalDate cutoff = plan.get("sensitivity_cutoff").date();
        CohortDefinition treated = cohort(plan.get("treated"));
        CohortDefinition comparison = cohort(plan.get("comparison"));

        Node matching = plan.get("matching").object("estimand", "variables");
        Estimand estimand = matching.get("estimand").as(s -> Estimand.valueOf(s.toUpperCase(Locale.ROOT)),
                "ATT, ATC or ATE");
        List<MatchVariable> variables = new ArrayList<>();
        for (Map.Entry<String, Node> e : matching.get("variables").entries()) {
            Coarsening how = coarsening(e.getValue());
            variables.add(e.getValue().build(() -> new MatchVariable(e.getKey(), how)));
        }

        List<OutcomeDefinition> outcomes = new ArrayList<>();
        for (Map.Entry<String, Node> e : plan.get("outcomes").entries()) {
            Node o = e.getValue().object("type", "window_days");
            OutcomeType type = o.get("type").as(OutcomeType::parse, null);
            int window = o.has("window_days") ? o.get("window_days").integer() : 0;
            outcomes.add(o.build(() -> new OutcomeDefinition(e.getKey(), type, window)));
        }

        List<ModelSpec> models = new ArrayList<>();
        for (Node m : plan.get("models").list()) {
            m.object("outcome", "estimators", "sensitivity");
            String outcome = m.get("outcome").text();
            List<Estimator> estimators = new ArrayList<>();
            for (Node e : m.get("estimators").list()) {
                estimators.add(e.as(Estimator::parse, null));
            }
            boolean sensitivity = m.has("sensitivity") && m.get("sensitivity").bool();
            models.add(m.build(() -> new ModelSpec(outcome, estimators, sensitivity)));
        }
        double level = plan.get("confidence_level").number();
        Node p = plan.get("power").object("target_power", "alpha", "assumed_icc");
        PowerSettings power = p.build(() -> new PowerSettings(p.get("target_power").number(),
                p.get("alpha").number(), p.get("assumed_icc").number()));
        ValidationPolicy invalidRows = !plan.has("invalid_rows") ? ValidationPolicy.STOP
                : plan.get("invalid_rows").as(s -> switch (s) {
                    case "stop" -> ValidationPolicy.STOP;
                    case "drop_and_count" -> ValidationPolicy.DROP_AND_COUNT;
                    default -> throw new IllegalArgumentException(s);
                }, "stop or drop_and_count");
        return plan.build(() -> new EvaluationPlan(name, programme, extract, cutoff, treated, comparison, variables,
                estimand, outcomes, models, level, power, invalidRows));
    }

    private static CohortDefinition cohort(Node c) {
        c.object("flagged", "window_start", "window_end", "age_years", "key_referral");
        boolean flagged = c.get("flagged").bool();
        LocalDate start = c.get("window_start").date();
        LocalDate end = c.has("window_end") ? c.get("window_end").date() : null;
        Node age = c.get("age_years").object("min", "max");
        int min = age.get("min").integer();
        int max = age.get("max").integer();
        AgeBand band = age.build(() -> new AgeBand(min, max));
        KeyReferralRule rule = c.get("key_referral").as(KeyReferralRule::parse, null);
        return c.build(() -> new CohortDefinition(flagged, start, end, band, rule));
    }

    /** {@code exact}, {@code {cut_points: [..]}}, {@code {bins: k}} or {@code {groups: [[..], ..]}}. */
    private static Coarsening coarsening(Node n) {
        if (n.node.isString()) {
            if (!n.node.stringValue().equals("exact")) {
                throw n.error("'" + n.node.stringValue() + "' is not a coarsening (exact, {cut_points: [..]}, "
                        + "{bins: k} or {groups: [[..], ..]})");
            }
            return Coarsening.exact();
        }
        n.object("cut_points", "bins", "groups");
        if (n.node.size() != 1) {
            throw n.error("give exactly one of cut_points, bins, groups");
        }
        if (n.has("cut_points")) {
            List<Node> cuts = n.get("cut_points").list();
            double[] c = new double[cuts.size()];
            for (int i = 0; i < c.length; i++) {
                c[i] = cuts.get(i).number();
            }
            return n.build(() -> Coarsening.cutPoints(c));
        }
        if (n.has("bins")) {
            int k = n.get("bins").integer();
            return n.build(() -> Coarsening.bins(k));
        }
        List<List<String>> groups = new ArrayList<>();
        for (Node g : n.get("groups").list()) {
            List<String> levels = new ArrayList<>();
            for (Node level : g.list()) {
                levels.add(level.text());
            }
            groups.add(levels);
        }
        return n.build(() -> Coarsening.groups(groups));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** A node of the YAML tree with its dotted path, for messages. */
    private static final class Node {
        private final JsonNode node;
        private final String path;

        Node(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        PlanException error(String message) {
            return new PlanException((path.isEmpty() ? "plan" : path) + ": " + message);
        }

        private String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        /** Checks this is a mapping whose keys are all among {@code allowed}. */
        Node object(String... allowed) {
            if (!node.isObject()) {
                throw error("expected a mapping of keys to values");
            }
            Set<String> ok = Set.of(allowed);
            for (String key : node.propertyNames()) {
                if (!ok.contains(key)) {
                    throw new PlanException(child(key) + ": unknown key (allowed here: "
                            + String.join(", ", new TreeSet<>(ok)) + ")");
                }
            }
            return this;
        }

        boolean has(String key) {
            JsonNode v = node.get(key);
            return v != null && !v.isNull();
        }

        Node get(String key) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                throw new PlanException(child(key) + ": is required");
            }
            return new Node(v, child(key));
        }

        List<Map.Entry<String, Node>> entries() {
            if (!node.isObject() || node.isEmpty()) {
                throw error("expected a mapping with at least one entry");
            }
            List<Map.Entry<String, Node>> out = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.add(Map.entry(e.getKey(), new Node(e.getValue(), child(e.getKey()))));
            }
            return out;
        }

        List<Node> list() {
            if (!node.isArray()) {
                throw error("expected a list");
            }
            List<Node> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                out.add(new Node(node.get(i), path + "[" + i + "]"));
            }
            return out;
        }

        String text() {
            if (!node.isValueNode() || node.isObject() || node.isArray()) {
                throw error("expected a single value");
            }
            return node.asString();
        }

        LocalDate date() {
            String s = text();
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw error("'" + s + "' is not a date (yyyy-mm-dd)");
            }
        }

        int integer() {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw error("'" + text() + "' is not a whole number");
            }
            return node.intValue();
        }

        double number() {
            if (!node.isNumber()) {
                throw error("'" + text() + "' is not a number");
            }
            return node.doubleValue();
        }

        boolean bool() {
            if (!node.isBoolean()) {
                throw error("'" + text() + "' is not true or false");
            }
            return node.booleanValue();
        }

        <T> T as(Function<String, T> parse, String expected) {
            String s = text();
            try {
                return parse.apply(s);
            } catch (IllegalArgumentException e) {
                throw error(expected == null ? e.getMessage() : "'" + s + "' is not one of " + expected);
            }
        }

        /** Builds a record, prefixing its validation message with this node's path. */
        <T> T build(java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (PlanException e) {
                throw e;
            } catch (IllegalArgumentException | NullPointerException e) {
                throw error(e.getMessage());
            }
        }
    }
}
