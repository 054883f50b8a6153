package org.rightbalance.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the small comma-separated reference fixtures under src/test/resources/fixtures (no quoting). */
public final class Fixtures {

    private Fixtures() {
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
