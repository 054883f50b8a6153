package org.rightbalance.benchmark;

import org.rightbalance.stats.data.Column;
import org.rightbalance.stats.data.ColumnKind;
import org.rightbalance.stats.data.CsvTableReader;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.matching.CemResult;
import org.rightbalance.stats.matching.CemSpec;
import org.rightbalance.stats.matching.CoarsenedExactMatching;
import org.rightbalance.stats.matching.Coarsening;
import org.rightbalance.stats.model.Formula;
import org.rightbalance.stats.model.ModelFrame;
import org.rightbalance.stats.model.RegressionData;
import org.rightbalance.stats.regression.LinearRegression;
import org.rightbalance.stats.regression.LinearRegressionResult;
import org.rightbalance.stats.regression.LogisticRegression;
import org.rightbalance.stats.regression.LogisticRegressionResult;
import org.rightbalance.stats.regression.LogitVariance;
import org.rightbalance.stats.regression.VarianceEstimator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark job in Java, step for step as {@code bench/r/pipeline.R}: read the file, match
 * (CEM, ATT, on previous referral, sex, quarter, siblings and age cut at 11, 12, 13), then a
 * weighted OLS and a weighted logit of re-referral on treatment with family-clustered CR1 errors.
 */
public final class JavaPipeline {

    private JavaPipeline() {
    }

    public static PipelineTimings run(Path file) {
        long t0 = System.nanoTime();
        Map<String, ColumnKind> wanted = new LinkedHashMap<>();
        wanted.put("family_id", ColumnKind.CATEGORICAL);
        for (String c : List.of("treated", "previous_referral", "quarter", "siblings", "age", "rereferral")) {
            wanted.put(c, ColumnKind.NUMERIC);
        }
        wanted.put("sex", ColumnKind.CATEGORICAL);
        Table table = CsvTableReader.read(file, wanted);
        long t1 = System.nanoTime();

        CemSpec spec = CemSpec.of("treated", List.of("previous_referral", "sex", "quarter", "siblings", "age"))
                .withCoarsening("age", Coarsening.cutPoints(11, 12, 13));
        CemResult match = new CoarsenedExactMatching(spec).fit(table);
        List<Column> columns = new ArrayList<>();
        for (String name : table.columnNames()) {
            columns.add(table.column(name));
        }
        columns.add(new NumericColumn("w", match.weight()));
        Table weighted = new Table(table.source(), columns, null);
        long t2 = System.nanoTime();

        Formula formula = Formula.parse("rereferral ~ treated");
        RegressionData data = ModelFrame.build(weighted, formula, "w", "family_id");
        LinearRegressionResult ols = new LinearRegression(VarianceEstimator.CR1, 0.95).fit(data);
        long t3 = System.nanoTime();

        LogisticRegressionResult logit = new LogisticRegression(LogitVariance.CR1).fit(data, "rereferral");
        long t4 = System.nanoTime();

        return new PipelineTimings("Java", table.rowCount(), seconds(t0, t1), seconds(t1, t2), seconds(t2, t3),
                seconds(t3, t4), peakRssMb(), match.matched().treated(), match.matched().control(),
                ols.coefficient("treated").orElseThrow().estimate(), ols.coefficient("treated").orElseThrow().stdError(),
                logit.coefficient("treated").estimate(), logit.coefficient("treated").stdError());
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    /** The process's peak resident set (VmHWM), in MB; NaN where /proc is not available. */
    static double peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
