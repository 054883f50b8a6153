package org.rightbalance.evaluation.importing;

import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Records of one source, regrouped child by child with bounded memory: {@link #add} takes records in any order,
 * {@link #groups} gives each child's records together, children in id order ({@link String#compareTo}), each table's
 * records in the order they were added. Built on {@link SortedRows}: the sort key is the child id, a separator below
 * every character and a sequence number; the line is the table, the record's collection year and its fields.
 */
final class ChildRows {

    /** One child's records from one source, with the collection year of each dated one ({@code table:key}). */
    record Group(String childId, SsdExtract records, Map<String, Integer> years) {
    }

    private final SortedRows rows;
    private long sequence;

    ChildRows(Path dir, String name, long budgetChars) {
        rows = new SortedRows(dir, name, budgetChars);
    }

    /** Adds one record of {@code table}; {@code year} is its own collection year, 0 when it has none of its own. */
    void add(SsdTable table, Object record, int year) throws IOException {
        String child = table.childOf(record);
        if (child.indexOf(SsdTable.KEY_SEPARATOR) >= 0) {
            throw new IllegalArgumentException("a child id holds the character U+0000");
        }
        List<String> fields = new ArrayList<>(12);
        fields.add(Integer.toString(table.ordinal()));
        fields.add(Integer.toString(year));
        fields.addAll(table.fields(record));
        if (table == SsdTable.REFERRAL) {
            // the age at referral is not a column SsdExtractWriter writes, but the merger compares it
            Integer age = ((Referral) record).ageAtReferral();
            fields.add(age == null ? "" : age.toString());
        }
        String seq = Long.toString(sequence++);
        rows.add(child + SsdTable.KEY_SEPARATOR + "0000000000000".substring(seq.length()) + seq,
                SsdExtractWriter.csvLine(fields));
    }

    /** Adds every record of {@code x}, none with a year of its own. */
    void addAll(SsdExtract x) throws IOException {
        for (SsdTable table : SsdTable.ALL) {
            for (Object record : table.rows(x)) {
                add(table, record, 0);
            }
        }
    }

    long count() {
        return rows.count();
    }

    /** Drops every record added, without reading them. */
    void discard() throws IOException {
        rows.discard();
    }

    /** The children in id order, read once; close the cursor when done. */
    Groups groups() throws IOException {
        return new Groups(rows.cursor());
    }

    /** Each child's records in turn ({@link #next} gives null after the last child). */
    static final class Groups implements AutoCloseable {
        private final SortedRows.Cursor cursor;
        private SortedRows.Row ahead;
        private boolean started;

        private Groups(SortedRows.Cursor cursor) {
            this.cursor = cursor;
        }

        /** The id of the next child, or null when there is none: lets several sources be merged child by child. */
        String peek() throws IOException {
            if (!started) {
                ahead = cursor.next();
                started = true;
            }
            return ahead == null ? null : childOf(ahead.key());
        }

        Group next() throws IOException {
            String child = peek();
            if (child == null) {
                return null;
            }
            List<List<Object>> tables = new ArrayList<>();
            for (int i = 0; i < SsdTable.ALL.size(); i++) {
                tables.add(new ArrayList<>());
            }
            Map<String, Integer> years = new HashMap<>();
            while (ahead != null && childOf(ahead.key()).equals(child)) {
                List<String> f = SsdTable.split(ahead.line());
                SsdTable table = SsdTable.ALL.get(Integer.parseInt(f.get(0)));
                int year = Integer.parseInt(f.get(1));
                Object record;
                if (table == SsdTable.REFERRAL) {
                    String age = f.remove(f.size() - 1);
                    Referral r = (Referral) table.parse(f, 2);
                    record = age.isEmpty() ? r : new Referral(r.referralId(), r.personId(), r.referralDate(),
                            r.primaryNeedCode(), r.referralSourceCode(), r.closeDate(), r.closeReason(),
                            Integer.valueOf(age));
                } else {
                    record = table.parse(f, 2);
                }
                tables.get(table.ordinal()).add(record);
                if (year != 0 && table.yearsName() != null) {
                    years.put(table.yearsName() + ':' + table.key(record), year);
                }
                ahead = cursor.next();
            }
            return new Group(child, extract(tables), years);
        }

        private static String childOf(String key) {
            return key.substring(0, key.indexOf(SsdTable.KEY_SEPARATOR));
        }

        @Override
        public void close() throws IOException {
            cursor.close();
        }
    }

    @SuppressWarnings("unchecked")
    static SsdExtract extract(List<List<Object>> t) {
        return new SsdExtract((List) t.get(0), (List) t.get(1), (List) t.get(2), (List) t.get(3), (List) t.get(4),
                (List) t.get(5), (List) t.get(6));
    }
}
