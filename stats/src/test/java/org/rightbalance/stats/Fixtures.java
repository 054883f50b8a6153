package org.rightbalance.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightbalance.stats.data.ColumnKind;
import org.rightbalance.stats.data.CsvTableReader;
import org.rightbalance.stats.data.Table;

/**
 * Test fixtures under {@code src/test/resources/fixtures}: data sets read through the production
 * CSV reader, and small reference tables of expected values (no quoting) read as rows.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every column of a fixture, numbers where R would read numbers. */
    public static Table table(String name) {
        Path file = path(name);
        Map<String, ColumnKind> all = new LinkedHashMap<>();
        for (String column : CsvTableReader.header(file)) {
            all.put(column, ColumnKind.AUTO);
        }
        return CsvTableReader.read(file, all);
    }

    /** Relative difference, with an absolute floor for values near zero. */
    public static double relativeError(double actual, double expected) {
        double scale = Math.max(Math.abs(expected), 1e-3);
        return Math.abs(actual - expected) / scale;
    }

    public static List<String> columns(Table t) {
        return t.columnNames();
    }


    /** One fixture row, keyed by header name. */
    public record Row(Map<String, String> values) {
        public double num(String column) {
            String v = text(column);
            return "NA".equals(v) ? Double.NaN : Double.parseDouble(v);
        }

        public String text(String column) {
            String v = values.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column + " in " + values.keySet());
            }
            return v;
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }

    public static List<Row> read(String resource) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + resource);
        if (in == null) {
            throw new IllegalArgumentException("missing fixture " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = r.readLine().split(",", -1);
            List<Row> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    m.put(header[i].trim(), cells[i].trim());
                }
                rows.add(new Row(m));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** |actual − expected| ≤ tol·max(|expected|, floor): relative tolerance with an absolute floor. */
    public static boolean close(double actual, double expected, double relTol, double floor) {
        return Math.abs(actual - expected) <= relTol * Math.max(Math.abs(expected), floor);
    }
}
