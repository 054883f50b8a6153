package org.rightbalance.evaluation.pipeline;

import org.rightbalance.evaluation.cohort.AnalysisRow;
import org.rightbalance.evaluation.plan.EvaluationPlan;
import org.rightbalance.evaluation.plan.OutcomeDefinition;
import org.rightbalance.evaluation.plan.OutcomeType;
import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.Column;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The analysis table in its two forms: a stats {@link Table} for matching and models, and
 * {@code analysis_table.csv}.
 *
 * <p>Columns: {@code person_id, family_id, group, treated, key_referral_id, key_referral_date, age, sex,
 * previous_referral, quarter, siblings}, the plan's {@code followup_complete}-type outcomes,
 * {@code referral_after_cutoff}, the plan's other outcomes in plan order, then {@code matched, stratum,
 * weight}. A missing value is an empty field; 0/1 columns are written 0 or 1.
 */
public final class AnalysisTable {

    private AnalysisTable() {
    }

    /** The CSV header for {@code plan}. */
    public static List<String> header(EvaluationPlan plan) {
        List<String> h = new ArrayList<>(List.of("person_id", "family_id", "group", "treated", "key_referral_id",
                "key_referral_date", "age", "sex", "previous_referral", "quarter", "siblings"));
        for (OutcomeDefinition o : plan.outcomes()) {
            if (o.type() == OutcomeType.FOLLOWUP_COMPLETE) {
                h.add(o.name());
            }
        }
        h.add("referral_after_cutoff");
        for (OutcomeDefinition o : plan.outcomes()) {
            if (o.type() != OutcomeType.FOLLOWUP_COMPLETE) {
                h.add(o.name());
            }
        }
        h.addAll(List.of("matched", "stratum", "weight"));
        return h;
    }

    /**
     * The rows as a stats table: family_id and sex as labels; treated, age, previous_referral, quarter,
     * siblings, referral_after_cutoff and the outcomes as numbers; plus {@code weight} when {@code weights}
     * is given.
     */
    public static Table toTable(EvaluationPlan plan, List<AnalysisRow> rows, double[] weights) {
        List<Column> cols = new ArrayList<>();
        cols.add(labels("family_id", rows, AnalysisRow::familyId));
        cols.add(labels("sex", rows, r -> r.sex().code()));
        cols.add(numbers("treated", rows, AnalysisRow::treated));
        cols.add(numbers("age", rows, AnalysisRow::age));
        cols.add(numbers("previous_referral", rows, AnalysisRow::previousReferral));
        cols.add(numbers("quarter", rows, AnalysisRow::quarter));
        cols.add(numbers("siblings", rows, AnalysisRow::siblings));
        cols.add(numbers("referral_after_cutoff", rows, AnalysisRow::referralAfterCutoff));
        for (OutcomeDefinition o : plan.outcomes()) {
            cols.add(numbers(o.name(), rows, r -> r.outcome(o.name())));
        }
        if (weights != null) {
            cols.add(new NumericColumn("weight", weights.clone()));
        }
        return new Table("analysis table", cols, null);
    }

    /** Writes {@code analysis_table.csv}. */
    public static void writeCsv(Path file, EvaluationPlan plan, List<MatchedRow> rows) {
        List<String> header = header(plan);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", header));
            w.write('\n');
            StringBuilder line = new StringBuilder();
            for (MatchedRow m : rows) {
                AnalysisRow r = m.row();
                line.setLength(0);
                for (String col : header) {
                    if (line.length() > 0) {
                        line.append(',');
                    }
                    line.append(field(col, m, r));
                }
                line.append('\n');
                w.write(line.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String field(String col, MatchedRow m, AnalysisRow r) {
        return switch (col) {
            case "person_id" -> quote(r.personId());
            case "family_id" -> quote(r.familyId());
            case "group" -> r.group().label();
            case "treated" -> Integer.toString(r.treated());
            case "key_referral_id" -> quote(r.keyReferralId());
            case "key_referral_date" -> r.keyReferralDate().toString();
            case "age" -> Integer.toString(r.age());
            case "sex" -> r.sex().code();
            case "previous_referral" -> Integer.toString(r.previousReferral());
            case "quarter" -> Integer.toString(r.quarter());
            case "siblings" -> Integer.toString(r.siblings());
            case "referral_after_cutoff" -> Integer.toString(r.referralAfterCutoff());
            case "matched" -> m.matched() ? "1" : "0";
            case "stratum" -> Integer.toString(m.stratum());
            case "weight" -> number(m.weight());
            default -> number(r.outcome(col));
        };
    }

    /** A number as CSV text: empty when NaN, no decimals when whole, else the shortest exact form. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static NumericColumn numbers(String name, List<AnalysisRow> rows, ToDoubleFunction<AnalysisRow> f) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = f.applyAsDouble(rows.get(i));
        }
        return new NumericColumn(name, v);
    }

    private static CategoricalColumn labels(String name, List<AnalysisRow> rows, Function<AnalysisRow, String> f) {
        TreeSet<String> distinct = new TreeSet<>();
        for (AnalysisRow r : rows) {
            distinct.add(f.apply(r));
        }
        List<String> levels = new ArrayList<>(distinct);
        Map<String, Integer> code = new HashMap<>(levels.size() * 2);
        for (int i = 0; i < levels.size(); i++) {
            code.put(levels.get(i), i);
        }
        int[] codes = new int[rows.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = code.get(f.apply(rows.get(i)));
        }
        return new CategoricalColumn(name, codes, levels);
    }
}
