package org.rightbalance.evaluation.importing;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The rows of one CSV table, each with its sort key, written out in key order ({@link String#compareTo}, the order of
 * the {@code TreeMap} {@link ExtractMerger} keeps records in) with bounded memory: rows are held until they reach
 * {@code budget} characters, then sorted and spilled to a run file in {@code dir}; {@link #writeTo} merges the runs.
 * {@link #cursor} gives rows of equal keys in no particular order.
 */
final class SortedRows {

    /** One row: its key and its CSV line (with its line end). */
    record Row(String key, String line) {
    }

    private final Path dir;
    private final String name;
    private final long budget;
    private final List<Row> held = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long heldChars;
    private long count;

    SortedRows(Path dir, String name, long budgetChars) {
        this.dir = dir;
        this.name = name;
        this.budget = budgetChars;
    }

    void add(String key, String line) throws IOException {
        held.add(new Row(key, line));
        heldChars += key.length() + line.length() + 32;
        count++;
        if (heldChars >= budget) {
            spill();
        }
    }

    long count() {
        return count;
    }

    private void spill() throws IOException {
        held.sort(Comparator.comparing(Row::key));
        Path run = dir.resolve(name + "." + runs.size() + ".run");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 65536))) {
            for (Row r : held) {
                write(out, r.key());
                write(out, r.line());
            }
        }
        runs.add(run);
        held.clear();
        heldChars = 0;
    }

    private static void write(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Appends every row's line to {@code out} in key order, and calls {@code keys} with each key in that order. */
    void writeTo(Writer out, KeyConsumer keys) throws IOException {
        try (Cursor rows = cursor()) {
            for (Row r = rows.next(); r != null; r = rows.next()) {
                out.write(r.line());
                keys.accept(r.key());
            }
        }
    }

    /**
     * The rows in key order, read once: held rows are sorted in place, or (when rows were spilled) the run files are
     * merged with one small buffer each. Closing the cursor deletes the run files; no row can be added after.
     */
    Cursor cursor() throws IOException {
        if (runs.isEmpty()) {
            held.sort(Comparator.comparing(Row::key));
            List<Row> sorted = new ArrayList<>(held);
            held.clear();
            return new Cursor() {
                private int next;

                @Override
                public Row next() {
                    return next < sorted.size() ? sorted.get(next++) : null;
                }

                @Override
                public void close() {
                    sorted.clear();
                }
            };
        }
        if (!held.isEmpty()) {
            spill();
        }
        List<RunReader> readers = new ArrayList<>();
        PriorityQueue<RunReader> queue = new PriorityQueue<>(Comparator.comparing((RunReader r) -> r.row.key()));
        try {
            for (Path run : runs) {
                RunReader r = new RunReader(run);
                readers.add(r);
                if (r.next()) {
                    queue.add(r);
                }
            }
        } catch (IOException | RuntimeException e) {
            closeAll(readers);
            throw e;
        }
        return new Cursor() {
            @Override
            public Row next() throws IOException {
                RunReader r = queue.poll();
                if (r == null) {
                    return null;
                }
                Row row = r.row;
                if (r.next()) {
                    queue.add(r);
                }
                return row;
            }

            @Override
            public void close() throws IOException {
                closeAll(readers);
            }
        };
    }

    /** Frees what {@link #add} held without reading it: rows and run files are dropped. */
    void discard() throws IOException {
        held.clear();
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
        runs.clear();
    }

    private void closeAll(List<RunReader> readers) throws IOException {
        try {
            for (RunReader r : readers) {
                r.in.close();
            }
        } finally {
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
            runs.clear();
        }
    }

    /** Rows in key order; {@link #next} gives null after the last. */
    interface Cursor extends AutoCloseable {
        Row next() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Receives the keys in order. */
    @FunctionalInterface
    interface KeyConsumer {
        void accept(String key) throws IOException;
    }

    private static final class RunReader {
        final DataInputStream in;
        Row row;

        RunReader(Path run) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 16384));
        }

        boolean next() throws IOException {
            int n;
            try {
                n = in.readInt();
            } catch (EOFException e) {
                row = null;
                return false;
            }
            String key = read(n);
            row = new Row(key, read(in.readInt()));
            return true;
        }

        private String read(int n) throws IOException {
            byte[] b = new byte[n];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }
    }
}
