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
 * Keys must be unique.
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
        if (runs.isEmpty()) {
            held.sort(Comparator.comparing(Row::key));
            for (Row r : held) {
                out.write(r.line());
                keys.accept(r.key());
            }
            held.clear();
            return;
        }
        if (!held.isEmpty()) {
            spill();
        }
        List<RunReader> readers = new ArrayList<>();
        try {
            PriorityQueue<RunReader> queue = new PriorityQueue<>(Comparator.comparing((RunReader r) -> r.row.key()));
            for (Path run : runs) {
                RunReader r = new RunReader(run);
                readers.add(r);
                if (r.next()) {
                    queue.add(r);
                }
            }
            while (!queue.isEmpty()) {
                RunReader r = queue.poll();
                out.write(r.row.line());
                keys.accept(r.row.key());
                if (r.next()) {
                    queue.add(r);
                }
            }
        } finally {
            for (RunReader r : readers) {
                r.in.close();
            }
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
        }
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
