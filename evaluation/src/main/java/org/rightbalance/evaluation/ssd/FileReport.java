package org.rightbalance.evaluation.ssd;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

/**
 * What happened to one file of the extract.
 *
 * @param file           the file name
 * @param present        false when an optional file was absent (read as empty)
 * @param rowsRead       data rows read (header and empty lines not counted)
 * @param rowsKept       rows without findings whose person/referral was kept: the rows in the extract
 *                       under DROP_AND_COUNT, the rows that would have been kept under STOP
 * @param problemsByRule findings in this file per rule id (a row can have several)
 * @param droppedByRule  rows not kept per rule id: the rule of the row's first finding, or
 *                       {@code depends-on-dropped-row}; sums to {@code rowsRead - rowsKept}
 */
public record FileReport(String file, boolean present, long rowsRead, long rowsKept, Map<String, Long> problemsByRule,
                         Map<String, Long> droppedByRule) {

    public FileReport {
        Objects.requireNonNull(file, "file");
        problemsByRule = Collections.unmodifiableMap(new TreeMap<>(problemsByRule));
        droppedByRule = Collections.unmodifiableMap(new TreeMap<>(droppedByRule));
    }

    /** Rows read but not kept. */
    public long rowsDropped() {
        return rowsRead - rowsKept;
    }
}
