package org.rightbalance.cli;

import org.rightbalance.analysis.MatchRequest;
import org.rightbalance.analysis.MatchingService;
import org.rightbalance.stats.matching.BalanceResult;
import org.rightbalance.stats.matching.CemResult;
import org.rightbalance.stats.matching.CemSpec;
import org.rightbalance.stats.matching.CoarsenedVariable;
import org.rightbalance.stats.matching.Coarsening;
import org.rightbalance.stats.matching.Estimand;
import org.rightbalance.stats.matching.ThinStrataDiagnosis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code rightbalance stats cem}: coarsened exact matching, as R MatchIt {@code method = "cem"}. */
@Command(name = "cem", mixinStandardHelpOptions = true,
        header = "Coarsened exact matching, as R MatchIt method = \"cem\".",
        description = {"Coarsened exact matching (Iacus, King & Porro), with MatchIt's conventions: numeric variables",
            "in Sturges bins unless cut, labels matched exactly unless grouped; strata without both groups dropped."},
        footer = {"", "Example: rightbalance stats cem --data cohort.csv --treatment treated \\",
            "           --match previous_referral,sex,quarter,siblings --cut age=11,12,13 --out matched.csv --json"})
final class CemCommand implements Runnable {

    @Option(names = "--match", required = true, split = ",", paramLabel = "A,B,C", description = "Columns to match on.")
    List<String> match;

    @Option(names = "--cut", paramLabel = "COL=c1,c2,...", description = "Cut points for a numeric column (left-closed bins, outer bins open).")
    Map<String, String> cuts = Map.of();

    @Option(names = "--bins", paramLabel = "COL=K", description = "Coarsen a numeric column into K equal-width bins over its range.")
    Map<String, Integer> bins = Map.of();

    @Option(names = "--group", paramLabel = "COL=a+b,c+d", description = "Group the levels of a column of labels; '+' joins the levels of one group.")
    Map<String, String> groups = Map.of();

    @Option(names = "--exact", split = ",", paramLabel = "COL", description = "Match these numeric columns exactly instead of in bins.")
    List<String> exact = List.of();

    @Option(names = "--k2k", description = "k-to-k: keep as many treated as control units in each stratum, drawn at random.")
    boolean k2k;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed for --k2k (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--id", paramLabel = "COL", description = "Column identifying each row (unique); unmatched treated ids are listed.")
    String id;

    @Option(names = "--out", paramLabel = "MATCHED.csv", description = "Write every input row with columns matched, stratum and weight added.")
    Path out;

    @CommandLine.Mixin
    TreatmentOptions input = new TreatmentOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        MatchingService.MatchOutcome outcome = new MatchingService().match(new MatchRequest(input.data, cemSpec(), id, out));
        PrintWriter w = spec.commandLine().getOut();
        if (input.json) {
            w.println(Json.write(CemView.of(outcome, out)));
        } else {
            printText(w, outcome);
        }
        w.flush();
    }

    private CemSpec cemSpec() {
        CemSpec s = CemSpec.of(input.treatment, match).withEstimand(parseEstimand(input.estimand));
        if (input.treatedLabel != null) {
            s = s.withTreatedLabel(input.treatedLabel);
        }
        for (String column : exact) {
            s = s.withCoarsening(column, Coarsening.exact());
        }
        for (Map.Entry<String, String> e : cuts.entrySet()) {
            s = s.withCoarsening(e.getKey(), Coarsening.cutPoints(parseNumbers(e.getKey(), e.getValue())));
        }
        for (Map.Entry<String, Integer> e : bins.entrySet()) {
            s = s.withCoarsening(e.getKey(), Coarsening.bins(e.getValue()));
        }
        for (Map.Entry<String, String> e : groups.entrySet()) {
            List<List<String>> levels = new ArrayList<>();
            for (String g : e.getValue().split(",")) {
                levels.add(Arrays.stream(g.split("\\+")).map(String::strip).toList());
            }
            s = s.withCoarsening(e.getKey(), Coarsening.groups(levels));
        }
        return k2k ? s.withK2k(seed) : s;
    }

    static Estimand parseEstimand(String text) {
        try {
            return Estimand.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown estimand '" + text + "'; use att, atc or ate");
        }
    }

    private static double[] parseNumbers(String column, String list) {
        String[] parts = list.split(",");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--cut " + column + ": '" + parts[i] + "' is not a number");
            }
        }
        return v;
    }

    private static void printText(PrintWriter w, MatchingService.MatchOutcome outcome) {
        CemResult r = outcome.result();
        w.printf("Coarsened exact matching (%s): %d strata with both groups%n", r.spec().estimand(), r.strata());
        new TextTable("", "treated", "control")
                .row("matched", r.matched().treated(), r.matched().control())
                .row("unmatched", r.unmatched().treated(), r.unmatched().control())
                .row("missing a match variable", r.missing().treated(), r.missing().control())
                .print(w);
        w.printf(Locale.ROOT, "Multivariate L1 imbalance: %.4f before, %.4f after%n", r.l1().before(), r.l1().after());
        for (CoarsenedVariable v : r.coarsened()) {
            w.printf("  %s: %s%n", v.name(), describe(v));
        }
        w.println(r.diagnosis().explanation());
        if (!outcome.unmatchedTreatedIds().isEmpty()) {
            w.println("Unmatched treated: " + String.join(", ", outcome.unmatchedTreatedIds()));
        }
        w.println();
        BalanceCommand.printBalance(w, outcome.balance());
    }

    static String describe(CoarsenedVariable v) {
        Coarsening how = v.rule();
        String rule;
        if (how instanceof Coarsening.Sturges) {
            rule = "Sturges' rule";
        } else if (how instanceof Coarsening.Bins b) {
            rule = b.count() + " equal-width bins";
        } else if (how instanceof Coarsening.CutPoints) {
            rule = "cut points";
        } else if (how instanceof Coarsening.Groups g) {
            rule = "grouped levels " + g.groups();
        } else {
            rule = "exact";
        }
        String cuts = v.numeric() && v.cutPoints() != null && v.cutPoints().length > 0
                ? " at " + Arrays.stream(v.cutPoints()).mapToObj(c -> TextTable.format(c).replaceAll("0+$", "").replaceAll("\\.$", ""))
                        .collect(java.util.stream.Collectors.joining(", "))
                : "";
        return rule + cuts + " (" + v.levels() + (v.numeric() ? " bins" : " values") + " in use)";
    }

    /** JSON shape of a match. */
    record CemView(String estimand, Counts matched, Counts unmatched, Counts missing, int strata, L1 l1,
                   EffectiveSizes effectiveSampleSize, List<VariableView> coarsening, DiagnosisView diagnosis,
                   List<String> unmatchedTreatedIds, String out, List<BalanceCommand.BalanceRowView> balance) {

        record Counts(int treated, int control) {
        }

        record EffectiveSizes(Double treated, Double control) {
        }

        record L1(Double before, Double after) {
        }

        record VariableView(String variable, String rule, boolean numeric, List<Double> cutPoints, int levels) {
        }

        record DiagnosisView(String explanation, String worstVariable, List<ThinStrataDiagnosis.Variable> variables) {
        }

        static CemView of(MatchingService.MatchOutcome o, Path out) {
            CemResult r = o.result();
            BalanceResult b = o.balance();
            List<VariableView> vars = r.coarsened().stream().map(v -> new VariableView(v.name(), describe(v),
                    v.numeric(), v.cutPoints() == null ? null : Arrays.stream(v.cutPoints()).boxed().map(Json::number).toList(),
                    v.levels())).toList();
            return new CemView(r.spec().estimand().name().toLowerCase(Locale.ROOT),
                    new Counts(r.matched().treated(), r.matched().control()),
                    new Counts(r.unmatched().treated(), r.unmatched().control()),
                    new Counts(r.missing().treated(), r.missing().control()), r.strata(),
                    new L1(Json.number(r.l1().before()), Json.number(r.l1().after())),
                    new EffectiveSizes(Json.number(b.essTreated()), Json.number(b.essControl())), vars,
                    new DiagnosisView(r.diagnosis().explanation(), r.diagnosis().worstVariable().orElse(null),
                            r.diagnosis().variables()),
                    o.unmatchedTreatedIds(), out == null ? null : out.toString(), BalanceCommand.rows(b));
        }
    }
}
