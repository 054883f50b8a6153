package org.rightbalance.casedata;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A query about a chunk's records by their keys, {@code where … in (?, ?, …)}, at most
 * {@value #MAX_PARAMETERS} keys per statement: a bounded number of parameters keeps every statement
 * small whatever the chunk size (and well below the drivers' limits, e.g. PostgreSQL's 65,535).
 */
final class InList {

    static final int MAX_PARAMETERS = 1000;

    private InList() {
    }

    /**
     * Runs {@code sql}, whose {@code %s} is replaced by the placeholders of one slice of {@code keys}, once per
     * slice, handing every row to {@code row}. Runs nothing when there are no keys.
     */
    static void query(JdbcTemplate jdbc, String sql, Collection<?> keys, RowCallbackHandler row) {
        List<?> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += MAX_PARAMETERS) {
            List<?> slice = all.subList(from, Math.min(all.size(), from + MAX_PARAMETERS));
            String placeholders = String.join(", ", Collections.nCopies(slice.size(), "?"));
            jdbc.query(sql.formatted(placeholders), row, slice.toArray());
        }
    }
}
