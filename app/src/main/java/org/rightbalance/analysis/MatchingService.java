package org.rightbalance.analysis;

import org.rightbalance.stats.data.Column;
import org.rightbalance.stats.data.ColumnKind;
import org.rightbalance.stats.data.CsvColumnAppender;
import org.rightbalance.stats.data.CsvTableReader;
import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.matching.BalanceResult;
import org.rightbalance.stats.matching.BalanceTable;
import org.rightbalance.stats.matching.CemResult;
import org.rightbalance.stats.matching.CoarsenedExactMatching;
import org.rightbalance.stats.matching.Estimand;
import org.rightbalance.stats.matching.TreatmentCoding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Matches treated and comparison rows of a CSV file and checks their balance. */
public final class MatchingService {

    /**
     * A match and its balance.
     *
     * @param result             the matching: per row matched/stratum/weight, counts, L1, diagnosis
     * @param balance            the balance table before and after matching
     * @param unmatchedTreatedIds the identifiers of treated rows left unmatched (when an id column was given)
     */
    public record MatchOutcome(CemResult result, BalanceResult balance, List<String> unmatchedTreatedIds) {
    }

    public MatchOutcome match(MatchRequest request) {
        var spec = request.spec();
        Map<String, ColumnKind> wanted = new LinkedHashMap<>();
        wanted.put(spec.treatment(), ColumnKind.AUTO);
        for (String v : spec.matchVariables()) {
            wanted.putIfAbsent(v, ColumnKind.AUTO);
        }
        if (request.idColumn() != null) {
            wanted.putIfAbsent(request.idColumn(), ColumnKind.CATEGORICAL);
        }
        Table table = CsvTableReader.read(request.data(), wanted);
        List<String> unmatchedIds = List.of();
        if (request.idColumn() != null) {
            requireUnique(table, request.idColumn());
        }
        CemResult result = new CoarsenedExactMatching(spec).fit(table);
        if (request.idColumn() != null) {
            Column ids = table.column(request.idColumn());
            unmatchedIds = new ArrayList<>();
            for (int i = 0; i < table.rowCount(); i++) {
                if (result.treatment()[i] == 1 && !result.isMatched(i)) {
                    unmatchedIds.add(ids.text(i));
                }
            }
        }
        BalanceResult balance = BalanceTable.compute(table, result);
        if (request.out() != null) {
            writeMatched(request.data(), request.out(), result);
        }
        return new MatchOutcome(result, balance, unmatchedIds);
    }

    /**
     * The balance of {@code covariates} between the groups of {@code treatment}, before and after
     * weighting by {@code weightsColumn} (for instance the {@code weight} column of a matched file).
     */
    public BalanceResult balance(Path data, String treatment, String treatedLabel, List<String> covariates,
                                 String weightsColumn, Estimand estimand) {
        Map<String, ColumnKind> wanted = new LinkedHashMap<>();
        wanted.put(treatment, ColumnKind.AUTO);
        for (String v : covariates) {
            wanted.putIfAbsent(v, ColumnKind.AUTO);
        }
        wanted.put(weightsColumn, ColumnKind.NUMERIC);
        Table table = CsvTableReader.read(data, wanted);
        int[] groups = TreatmentCoding.read(table, treatment, treatedLabel);
        double[] weights = table.numeric(weightsColumn).values();
        boolean[] include = new boolean[table.rowCount()];
        for (int i = 0; i < include.length; i++) {
            double w = weights[i];
            if (Double.isNaN(w) || w < 0) {
                throw InvalidDataException.atValue(table.source(), table.lineOf(i), weightsColumn,
                        Double.isNaN(w) ? "a weight is missing" : "weight " + w + " is negative");
            }
            boolean complete = true;
            for (String v : covariates) {
                complete &= !table.column(v).isMissing(i);
            }
            include[i] = complete;
        }
        return BalanceTable.compute(table, covariates, groups, weights, include, estimand);
    }

    private static void requireUnique(Table table, String idColumn) {
        Column ids = table.column(idColumn);
        Map<String, Long> seen = new HashMap<>();
        for (int i = 0; i < table.rowCount(); i++) {
            if (ids.isMissing(i)) {
                throw InvalidDataException.atValue(table.source(), table.lineOf(i), idColumn, "the identifier is missing");
            }
            Long before = seen.put(ids.text(i), table.lineOf(i));
            if (before != null) {
                throw InvalidDataException.atValue(table.source(), table.lineOf(i), idColumn,
                        "identifier '" + ids.text(i) + "' is also on line " + before + "; identifiers must be unique");
            }
        }
    }

    private static void writeMatched(Path in, Path out, CemResult result) {
        CsvColumnAppender.append(in, out, List.of(
                new CsvColumnAppender.NewColumn("matched", row -> result.isMatched(row) ? "1" : "0"),
                new CsvColumnAppender.NewColumn("stratum", row -> result.stratum()[row] == 0 ? "" : Integer.toString(result.stratum()[row])),
                new CsvColumnAppender.NewColumn("weight", row -> formatWeight(result.weight()[row]))),
                result.rowCount());
    }

    private static String formatWeight(double w) {
        return w == 0 ? "0" : w == Math.rint(w) && w < 1e15 ? Long.toString((long) w) : Double.toString(w);
    }
}
