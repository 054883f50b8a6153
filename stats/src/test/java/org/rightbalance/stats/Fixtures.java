package org.rightbalance.stats;

import org.rightbalance.stats.data.ColumnKind;
import org.rightbalance.stats.data.CsvTableReader;
import org.rightbalance.stats.data.Table;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixtures under {@code src/test/resources/fixtures}, read through the production CSV reader. */
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
}
