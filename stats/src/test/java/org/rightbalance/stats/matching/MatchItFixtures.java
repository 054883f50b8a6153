package org.rightbalance.stats.matching;

import org.rightbalance.stats.data.ColumnKind;
import org.rightbalance.stats.data.CsvTableReader;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the synthetic cohort and what R wrote about it (see fixtures/matching/make_fixtures.R). */
final class MatchItFixtures {

    static final double RELATIVE = 1e-6;
    static final double ABSOLUTE = 1e-9;

    private MatchItFixtures() {
    }

    static Table cohort() {
        return cohort("cohort.csv");
    }

    static Table cohort(String file) {
        Map<String, ColumnKind> kinds = new LinkedHashMap<>();
        kinds.put("id", ColumnKind.CATEGORICAL);
        kinds.put("family", ColumnKind.CATEGORICAL);
        kinds.put("treat", ColumnKind.NUMERIC);
        kinds.put("previous_referral", ColumnKind.NUMERIC);
        kinds.put("sex", ColumnKind.CATEGORICAL);
        kinds.put("quarter", ColumnKind.NUMERIC);
        kinds.put("siblings", ColumnKind.NUMERIC);
        kinds.put("age", ColumnKind.NUMERIC);
        kinds.put("region", ColumnKind.CATEGORICAL);
        return read(file, kinds);
    }

    /** A CSV written by R, every column except {@code row}/{@code id} read as numbers (empty = NaN). */
    static Table expected(String file, String... labelColumns) {
        Map<String, ColumnKind> kinds = new LinkedHashMap<>();
        for (String name : header(file)) {
            kinds.put(name, java.util.Arrays.asList(labelColumns).contains(name) ? ColumnKind.CATEGORICAL : ColumnKind.NUMERIC);
        }
        return read(file, kinds);
    }

    static double value(Table table, String column, int row) {
        return ((NumericColumn) table.column(column)).value(row);
    }

    /** A number as R's {@code sprintf("%.17g")} writes it, including {@code Inf} and {@code -Inf}. */
    static double parseR(String text) {
        return switch (text) {
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    static void assertClose(double actual, double expected, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
            return;
        }
        double tolerance = Math.max(ABSOLUTE, RELATIVE * Math.abs(expected));
        assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs R " + expected).isLessThanOrEqualTo(tolerance);
    }

    private static java.util.List<String> header(String file) {
        try (InputStream in = open(file)) {
            String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            return java.util.Arrays.stream(first.split(",")).map(s -> s.replace("\"", "")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table read(String file, Map<String, ColumnKind> kinds) {
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            return CsvTableReader.read(file, reader, kinds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = MatchItFixtures.class.getResourceAsStream("/fixtures/matching/" + file);
        if (in == null) {
            throw new IllegalStateException("missing fixture " + file);
        }
        return in;
    }
}
