package org.rightbalance.stats.data;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The fast path of {@link CsvTableReader#read(Path, Map)}: parses the file's bytes directly, record
 * by record, with the same results and messages as the FastCSV-based reader.
 *
 * <p>Records, fields, quoting, line numbers and skipped empty lines follow FastCSV's rules. UTF-8 is
 * validated strictly as each chunk of the file is read. Numbers are parsed from
 * the bytes when they are simple decimals whose value is exact in one IEEE operation, otherwise by
 * {@link CsvTableReader#parseNumber}. Labels are looked up by their bytes, so a label already seen
 * costs no String.
 *
 * <p>Inputs outside what this parser handles exactly as FastCSV does (text after a closing quote, an
 * unterminated quote, very long records, very many fields) raise {@link Fallback}, and the caller
 * reads the file again with FastCSV.
 */
final class ByteCsvTableReader {

    /** The file needs the FastCSV reader; nothing has been reported yet. */
    static final class Fallback extends Exception {
        private static final long serialVersionUID = 1L;

        Fallback() {
            super(null, null, false, false);
        }
    }

    private static final int CHUNK = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int MAX_RECORD_BYTES = 4 << 20;
    private static final int MAX_FIELDS = 4096;

    private final String source;
    private final InputStream in;
    private byte[] buf = new byte[CHUNK];
    private int pos;
    private int limit;
    private int validated;
    private boolean eof;
    private long line = 1;

    // the current record
    private int fieldCount;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private byte[] flags = new byte[64];
    private boolean recordNul;
    private long recordLine;

    static final byte QUOTED = 1;
    static final byte ESCAPES = 2;
    static final byte HIGH = 4;

    /** Fewer records than this in a batch are not worth a second thread. */
    private static final int PARALLEL_BATCH = 2048;

    // the wanted columns, and the fields of the records parsed since the buffer last moved
    private ByteColumnBuilder[] builders;
    private int[][] batchStarts;
    private int[][] batchEnds;
    private byte[][] batchFlags;
    private long[] batchLines;
    private int batchSize;
    private ExecutorService worker;
    private long[] cost;
    /** Time the reading thread has spent parsing records, and when it last finished a batch. */
    private long parseCost;
    private long batchDone = System.nanoTime();

    private byte[] scratch = new byte[256];

    private ByteCsvTableReader(String source, InputStream in) {
        this.source = source;
        this.in = in;
    }

    static Table read(Path file, String source, Map<String, ColumnKind> wanted) throws Fallback {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0;
        }
        try (in) {
            return new ByteCsvTableReader(source, in).read(wanted, size);
        } catch (IOException e) {
            throw new InvalidDataException(source + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private Table read(Map<String, ColumnKind> wanted, long fileSize) throws IOException, Fallback {
        if (!nextRecord()) {
            throw new InvalidDataException(source + ": the file is empty; expected a header line");
        }
        List<String> fields = new ArrayList<>(fieldCount);
        for (int i = 0; i < fieldCount; i++) {
            fields.add(fieldText(i));
        }
        if (recordNul) {
            throw new InvalidDataException(source + ", line " + recordLine + ": contains a NUL byte (is it a CSV file?)");
        }
        List<String> names = headerNames(source, fields);
        int width = names.size();
        int capacity = expectedRows(fileSize);
        int[] positions = new int[wanted.size()];
        ByteColumnBuilder[] builders = new ByteColumnBuilder[wanted.size()];
        int w = 0;
        for (Map.Entry<String, ColumnKind> e : wanted.entrySet()) {
            int p = names.indexOf(e.getKey());
            if (p < 0) {
                throw new InvalidDataException(source + ": no column '" + e.getKey() + "' (columns are: "
                        + String.join(", ", names) + ")");
            }
            positions[w] = p;
            builders[w] = new ByteColumnBuilder(source, e.getKey(), e.getValue(), capacity);
            w++;
        }
        long[] lines = new long[capacity];
        int rows = 0;
        this.builders = builders;
        int batch = 4096;
        batchStarts = new int[builders.length][batch];
        batchEnds = new int[builders.length][batch];
        batchFlags = new byte[builders.length][batch];
        batchLines = new long[batch];
        cost = new long[builders.length];
        if (builders.length >= 2 && Runtime.getRuntime().availableProcessors() >= 2) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "csv-columns");
                t.setDaemon(true);
                return t;
            });
        }
        try {
            while (nextRecord()) {
                long at = recordLine;
                if (recordNul) {
                    addBatch();
                    throw new InvalidDataException(source + ", line " + at + ": contains a NUL byte (is it a CSV file?)");
                }
                if (fieldCount != width) {
                    addBatch();
                    throw new InvalidDataException(source + ", line " + at + ": has " + fieldCount
                            + " fields but the header has " + width
                            + " (is this a comma-separated file with one record per line?)");
                }
                if (rows == lines.length) {
                    lines = Arrays.copyOf(lines, rows * 2);
                }
                lines[rows] = at;
                int k = batchSize;
                if (k == batchLines.length) {
                    growBatch();
                }
                for (int i = 0; i < positions.length; i++) {
                    int f = positions[i];
                    batchStarts[i][k] = starts[f];
                    batchEnds[i][k] = ends[f];
                    batchFlags[i][k] = flags[f];
                }
                batchLines[k] = at;
                batchSize = k + 1;
                rows++;
            }
            addBatch();
        } finally {
            if (worker != null) {
                worker.shutdownNow();
            }
        }
        if (rows == 0) {
            throw new InvalidDataException(source + ": has a header line but no data rows");
        }
        List<Column> columns = new ArrayList<>(builders.length);
        for (ByteColumnBuilder b : builders) {
            columns.add(b.build(rows));
        }
        return new Table(source, columns, lines.length == rows ? lines : Arrays.copyOf(lines, rows));
    }

    /**
     * The number of data rows to make room for: the file's size over the mean length of the lines in
     * the buffer, a little over so that growing is rare; at least 1024.
     */
    private int expectedRows(long fileSize) {
        int newlines = 0;
        for (int p = pos; p < limit; p++) {
            if (buf[p] == '\n') {
                newlines++;
            }
        }
        if (newlines == 0 || fileSize <= 0) {
            return 1024;
        }
        double perLine = (double) (limit - pos) / newlines;
        return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(1024, fileSize / perLine * 1.02 + 16));
    }

    private void growBatch() {
        int n = batchLines.length * 2;
        for (int i = 0; i < builders.length; i++) {
            batchStarts[i] = Arrays.copyOf(batchStarts[i], n);
            batchEnds[i] = Arrays.copyOf(batchEnds[i], n);
            batchFlags[i] = Arrays.copyOf(batchFlags[i], n);
        }
        batchLines = Arrays.copyOf(batchLines, n);
    }

    /** The first value in a batch that a column rejected. */
    private record Rejected(int row, int column, InvalidDataException error) {
        boolean before(Rejected other) {
            return other == null || row < other.row || (row == other.row && column < other.column);
        }
    }

    /**
     * Adds the batched records' values to their columns, split between two threads when there are
     * enough, and throws the error of the first value (by row, then by column) that is rejected, as
     * adding them one by one would.
     */
    private void addBatch() {
        int n = batchSize;
        batchSize = 0;
        if (n == 0) {
            return;
        }
        long start = System.nanoTime();
        parseCost += start - batchDone;
        Rejected first;
        if (worker == null || n < PARALLEL_BATCH) {
            first = addColumns(allColumns(), n);
        } else {
            int[][] groups = split();
            Future<Rejected> other = worker.submit(() -> addColumns(groups[1], n));
            first = addColumns(groups[0], n);
            Rejected second;
            try {
                second = other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + source, e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(e.getCause());
            }
            if (second != null && second.before(first)) {
                first = second;
            }
        }
        if (first != null) {
            throw first.error();
        }
        batchDone = System.nanoTime();
    }

    private int[] allColumns() {
        int[] all = new int[builders.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return all;
    }

    /**
     * Two groups of columns, the first for the reading thread, of about equal cost so far counting the
     * reading thread's parsing (longest first, each to the cheaper group).
     */
    private int[][] split() {
        Integer[] order = new Integer[builders.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(cost[b], cost[a]));
        int[][] groups = new int[2][builders.length];
        int[] sizes = new int[2];
        long[] load = {parseCost, 0};
        for (int c : order) {
            int g = load[0] <= load[1] ? 0 : 1;
            groups[g][sizes[g]++] = c;
            load[g] += Math.max(1, cost[c]);
        }
        return new int[][] {Arrays.copyOf(groups[0], sizes[0]), Arrays.copyOf(groups[1], sizes[1])};
    }

    /** Adds {@code n} batched values to each of {@code columns}; the first value rejected, if any. */
    private Rejected addColumns(int[] columns, int n) {
        Rejected first = null;
        byte[] b = buf;
        long[] at = batchLines;
        for (int c : columns) {
            long t0 = System.nanoTime();
            ByteColumnBuilder builder = builders[c];
            int[] s = batchStarts[c];
            int[] e = batchEnds[c];
            byte[] fl = batchFlags[c];
            int r = 0;
            try {
                for (; r < n; r++) {
                    byte f = fl[r];
                    if (f == 0) {
                        builder.addAscii(b, s[r], e[r], at[r]);
                    } else {
                        builder.add(b, s[r], e[r], f, at[r]);
                    }
                }
            } catch (InvalidDataException x) {
                Rejected here = new Rejected(r, c, x);
                if (here.before(first)) {
                    first = here;
                }
            }
            cost[c] += System.nanoTime() - t0;
        }
        return first;
    }

    /** Copies field bytes with each doubled quote made single into {@link #scratch}; its length. */
    private int unescape(int s, int e) {
        if (scratch.length < e - s) {
            scratch = new byte[Math.max(e - s, scratch.length * 2)];
        }
        int n = 0;
        for (int p = s; p < e; p++) {
            byte c = buf[p];
            scratch[n++] = c;
            if (c == '"') {
                p++;
            }
        }
        return n;
    }

    private String fieldText(int f) {
        byte[] b = buf;
        int s = starts[f];
        int e = ends[f];
        if ((flags[f] & ESCAPES) != 0) {
            int n = unescape(s, e);
            b = scratch;
            s = 0;
            e = n;
        }
        return new String(b, s, e - s, StandardCharsets.UTF_8);
    }

    static List<String> headerNames(String source, List<String> fields) {
        List<String> names = new ArrayList<>(fields);
        if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
            names.set(0, names.get(0).substring(1));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            names.set(i, name);
            if (name.isEmpty() && names.size() > 1) {
                throw new InvalidDataException(source + ", line 1: column " + (i + 1) + " has no name in the header");
            }
            Integer before = seen.put(name, i);
            if (before != null) {
                throw new InvalidDataException(source + ", line 1: the header names column '" + name + "' twice");
            }
        }
        return names;
    }

    /**
     * Reads the next non-empty record into the field arrays; false at the end of the file. The bytes
     * of the record stay where they are in {@link #buf} until {@link #fill()} moves them, which first
     * adds the batched records' values to their columns.
     */
    private boolean nextRecord() throws IOException, Fallback {
        while (true) {
            // skip empty lines
            while (true) {
                if (pos >= limit && !fill()) {
                    return false;
                }
                byte b = buf[pos];
                if (b == '\n') {
                    pos++;
                    line++;
                } else if (b == '\r') {
                    if (pos + 1 >= limit && !eof) {
                        fill();
                        continue;
                    }
                    pos++;
                    if (pos < limit && buf[pos] == '\n') {
                        pos++;
                    }
                    line++;
                } else {
                    break;
                }
            }
            if (parseRecord()) {
                return true;
            }
            // the record runs past the buffer: read more and parse it again
            if (limit - pos > MAX_RECORD_BYTES) {
                throw new Fallback();
            }
            if (!fill()) {
                throw new IllegalStateException("unreachable: fill at end of file");
            }
        }
    }

    /**
     * Parses one record starting at {@link #pos}; false (with {@link #pos} and {@link #line} unchanged)
     * when the buffer ends before the record does and more of the file remains.
     */
    private boolean parseRecord() throws Fallback {
        final byte[] b = buf;
        final int lim = limit;
        int p = pos;
        long ln = line;
        int n = 0;
        boolean nul = false;
        final int recordStart = p;
        while (true) {
            if (n == starts.length) {
                if (n >= MAX_FIELDS) {
                    throw new Fallback();
                }
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
                flags = Arrays.copyOf(flags, n * 2);
            }
            byte fl = 0;
            int s;
            int e;
            if (p < lim && b[p] == '"') {
                fl = QUOTED;
                p++;
                s = p;
                while (true) {
                    if (p >= lim) {
                        if (!eof) {
                            return false;
                        }
                        throw new Fallback();
                    }
                    byte c = b[p];
                    if (c == '"') {
                        if (p + 1 >= lim && !eof) {
                            return false;
                        }
                        if (p + 1 < lim && b[p + 1] == '"') {
                            fl |= ESCAPES;
                            p += 2;
                            continue;
                        }
                        break;
                    }
                    if (c <= '\r') {
                        if (c == '\n') {
                            ln++;
                        } else if (c == '\r') {
                            if (p + 1 >= lim && !eof) {
                                return false;
                            }
                            if (p + 1 >= lim || b[p + 1] != '\n') {
                                ln++;
                            }
                        } else if (c == 0) {
                            nul = true;
                        } else if (c < 0) {
                            fl |= HIGH;
                        }
                    }
                    p++;
                }
                e = p;
                p++; // closing quote
                if (p < lim) {
                    byte c = b[p];
                    if (c != ',' && c != '\n' && c != '\r') {
                        throw new Fallback();
                    }
                }
            } else {
                s = p;
                while (p < lim) {
                    byte c = b[p];
                    if (c == ',') {
                        break;
                    }
                    if (c <= '\r') {
                        if (c == '\n' || c == '\r') {
                            break;
                        }
                        if (c == 0) {
                            nul = true;
                        } else if (c < 0) {
                            fl = HIGH;
                        }
                    }
                    p++;
                }
                e = p;
            }
            starts[n] = s;
            ends[n] = e;
            flags[n] = fl;
            n++;
            if (p - recordStart > MAX_RECORD_BYTES) {
                throw new Fallback();
            }
            if (p >= lim) {
                if (!eof) {
                    return false;
                }
                break;
            }
            byte c = b[p];
            if (c == ',') {
                p++;
                continue;
            }
            // end of line
            if (c == '\r') {
                if (p + 1 >= lim && !eof) {
                    return false;
                }
                p++;
                if (p < lim && b[p] == '\n') {
                    p++;
                }
            } else {
                p++;
            }
            ln++;
            break;
        }
        recordLine = line;
        line = ln;
        pos = p;
        fieldCount = n;
        recordNul = nul;
        return true;
    }

    /**
     * Reads more of the file into the buffer, keeping the bytes from {@link #pos} on; false when the
     * file has ended and no bytes remain.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return pos < limit;
        }
        addBatch();
        int keep = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, keep);
            validated -= pos;
            pos = 0;
            limit = keep;
        } else if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        while (limit < buf.length) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
                break;
            }
            limit += r;
            if (limit - keep >= CHUNK / 2) {
                break;
            }
        }
        validated = validateUtf8(validated, limit, eof);
        return pos < limit;
    }

    /**
     * Checks that bytes [s, e) are well-formed UTF-8, as Java's strict decoder requires, as the file
     * is read (so that, as with the decoding reader, a bad byte ahead is reported before the records
     * before it are). Returns where it stopped: {@code e}, or the start of a sequence that the buffer
     * cuts short when more of the file is to come.
     */
    private int validateUtf8(int s, int e, boolean atEnd) {
        byte[] b = buf;
        int p = s;
        while (p < e) {
            if (p + 8 <= e && ((long) LONGS.get(b, p) & 0x8080808080808080L) == 0) {
                p += 8;
                continue;
            }
            int c = b[p] & 0xFF;
            if (c < 0x80) {
                p++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) {
                    lo = 0xA0;
                } else if (c == 0xED) {
                    hi = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                throw notUtf8();
            }
            if (p + need >= e) {
                if (!atEnd) {
                    return p;
                }
                throw notUtf8();
            }
            int c1 = b[p + 1] & 0xFF;
            if (c1 < lo || c1 > hi) {
                throw notUtf8();
            }
            for (int k = 2; k <= need; k++) {
                int ck = b[p + k] & 0xFF;
                if (ck < 0x80 || ck > 0xBF) {
                    throw notUtf8();
                }
            }
            p += need + 1;
        }
        return p;
    }

    private InvalidDataException notUtf8() {
        return new InvalidDataException(source + ": is not UTF-8 text (is it a CSV file?)");
    }
}
