package org.rightbalance.stats.data;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Accumulates one column's values from field bytes, with the rules of {@link CsvTableReader}: the
 * field is stripped of white space; empty, {@code NA} and {@code NaN} are missing; a NUMERIC column
 * holds finite numbers; an AUTO column is numeric until a value is not a number.
 */
final class ByteColumnBuilder {

    /** Above this many distinct values an AUTO column is not kept as labels while it looks numeric. */
    private static final int AUTO_LEVEL_LIMIT = 1_000_000;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };

    private final String source;
    private final String name;
    private final ColumnKind kind;
    private double[] numbers;
    private int[] codes;
    private final ByteDictionary dictionary;
    private boolean numeric;
    private boolean labelsKept = true;
    private int size;
    private byte[] scratch = new byte[64];

    /** @param capacity the expected number of rows (more or fewer are fine) */
    ByteColumnBuilder(String source, String name, ColumnKind kind, int capacity) {
        this.source = source;
        this.name = name;
        this.kind = kind;
        this.numeric = kind != ColumnKind.CATEGORICAL;
        if (kind != ColumnKind.NUMERIC) {
            codes = new int[capacity];
            dictionary = new ByteDictionary();
        } else {
            dictionary = null;
        }
        if (numeric) {
            numbers = new double[capacity];
        }
    }

    private void grow() {
        int n = Math.max(1024, size * 2);
        if (codes != null) {
            codes = Arrays.copyOf(codes, n);
        }
        if (numbers != null) {
            numbers = Arrays.copyOf(numbers, n);
        }
    }

    /**
     * Adds field bytes {@code b[s, e)} as the record parser marked them ({@link ByteCsvTableReader#ESCAPES}:
     * doubled quotes to make single; {@link ByteCsvTableReader#HIGH}: bytes above 0x7F).
     */
    void add(byte[] b, int s, int e, byte flags, long line) {
        if ((flags & ByteCsvTableReader.ESCAPES) != 0) {
            if (scratch.length < e - s) {
                scratch = new byte[Math.max(e - s, scratch.length * 2)];
            }
            int n = 0;
            for (int p = s; p < e; p++) {
                byte c = b[p];
                scratch[n++] = c;
                if (c == '"') {
                    p++;
                }
            }
            b = scratch;
            s = 0;
            e = n;
        }
        if ((flags & ByteCsvTableReader.HIGH) == 0) {
            addAscii(b, s, e, line);
        } else {
            addText(new String(b, s, e - s, StandardCharsets.UTF_8), line);
        }
    }

    /** Adds a field of ASCII bytes {@code b[s, e)}. */
    void addAscii(byte[] b, int s, int e, long line) {
        if (size == (numbers != null ? numbers.length : codes.length)) {
            grow();
        }
        while (s < e && isSpace(b[s])) {
            s++;
        }
        while (e > s && isSpace(b[e - 1])) {
            e--;
        }
        int len = e - s;
        boolean missing = len == 0
                || (len == 2 && b[s] == 'N' && b[s + 1] == 'A')
                || (len == 3 && b[s] == 'N' && b[s + 1] == 'a' && b[s + 2] == 'N');
        if (numeric) {
            double v;
            if (missing) {
                v = Double.NaN;
            } else {
                int digit = b[s] - '0';
                v = len == 1 && digit >= 0 && digit <= 9 ? digit : parseAscii(b, s, e);
                if (Double.isNaN(v)) {
                    notNumber(new String(b, s, len, StandardCharsets.ISO_8859_1), line);
                }
            }
            if (numeric) {
                numbers[size] = v;
            }
        }
        if (codes != null && labelsKept) {
            if (missing) {
                codes[size] = -1;
            } else {
                codes[size] = code(dictionary.codeOf(b, s, len));
            }
        }
        size++;
    }

    /** Adds a field given as text (one with bytes above 0x7F). */
    void addText(String raw, long line) {
        if (size == (numbers != null ? numbers.length : codes.length)) {
            grow();
        }
        String text = raw.strip();
        boolean missing = CsvTableReader.isMissing(text);
        if (numeric) {
            double v = missing ? Double.NaN : CsvTableReader.parseNumber(text);
            if (!missing && Double.isNaN(v)) {
                notNumber(text, line);
            }
            if (numeric) {
                numbers[size] = v;
            }
        }
        if (codes != null && labelsKept) {
            if (missing) {
                codes[size] = -1;
            } else {
                byte[] key = text.getBytes(StandardCharsets.UTF_8);
                codes[size] = code(dictionary.codeOf(key, 0, key.length));
            }
        }
        size++;
    }

    /** A value that is not a number: an error, or the AUTO column turns to labels. */
    private void notNumber(String text, long line) {
        if (kind == ColumnKind.NUMERIC) {
            throw InvalidDataException.atValue(source, line, name, "'" + abbreviate(text) + "' is not a number");
        }
        if (!labelsKept) {
            throw InvalidDataException.atValue(source, line, name, "'" + abbreviate(text)
                    + "' is text in a column of more than " + AUTO_LEVEL_LIMIT
                    + " distinct numbers; it can be neither a number nor a category");
        }
        numeric = false;
        numbers = null;
    }

    private int code(int code) {
        if (numeric && kind == ColumnKind.AUTO && dictionary.size() > AUTO_LEVEL_LIMIT) {
            labelsKept = false;
        }
        return code;
    }

    Column build(int rows) {
        if (numeric) {
            return new NumericColumn(name, numbers.length == rows ? numbers : Arrays.copyOf(numbers, rows));
        }
        int levels = dictionary.size();
        int[] order = new int[levels];
        for (int i = 0; i < levels; i++) {
            order[i] = i;
        }
        String[] labels = null;
        if (dictionary.ascii) {
            sort(order, dictionary.asciiOrder());
        } else {
            labels = dictionary.labels();
            String[] text = labels;
            sort(order, (a, b) -> text[a].compareTo(text[b]));
        }
        int[] remap = new int[levels];
        String[] sorted = new String[levels];
        for (int k = 0; k < levels; k++) {
            remap[order[k]] = k;
            sorted[k] = labels != null ? labels[order[k]] : dictionary.label(order[k]);
        }
        int[] out = codes.length == rows ? codes : new int[rows];
        for (int i = 0; i < rows; i++) {
            int c = codes[i];
            out[i] = c < 0 ? -1 : remap[c];
        }
        return new CategoricalColumn(name, out, Arrays.asList(sorted));
    }

    /** An order of label codes. */
    @FunctionalInterface
    interface CodeOrder {
        int compare(int a, int b);
    }

    /** Sorts distinct codes by {@code by} (a stable merge sort). */
    static void sort(int[] order, CodeOrder by) {
        int[] work = order.clone();
        mergeSort(work, order, 0, order.length, by);
    }

    /** Sorts {@code dst[from, to)}, using {@code src} (holding the same values) as work space. */
    private static void mergeSort(int[] src, int[] dst, int from, int to, CodeOrder by) {
        if (to - from < 16) {
            for (int i = from + 1; i < to; i++) {
                int v = dst[i];
                int j = i - 1;
                while (j >= from && by.compare(dst[j], v) > 0) {
                    dst[j + 1] = dst[j];
                    j--;
                }
                dst[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(dst, src, from, mid, by);
        mergeSort(dst, src, mid, to, by);
        if (by.compare(src[mid - 1], src[mid]) <= 0) {
            System.arraycopy(src, from, dst, from, to - from);
            return;
        }
        for (int i = from, p = from, q = mid; i < to; i++) {
            if (q >= to || (p < mid && by.compare(src[p], src[q]) <= 0)) {
                dst[i] = src[p++];
            } else {
                dst[i] = src[q++];
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    /** {@link Character#isWhitespace} for an ASCII byte. */
    static boolean isSpace(byte c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }

    /**
     * {@link CsvTableReader#parseNumber} of stripped ASCII bytes {@code b[s, e)}, without a String
     * for simple decimals ({@code [+-]digits[.digits][(e|E)[+-]digits]}) with at most 18
     * significant digits whose value is one exact IEEE operation away; others go through
     * {@link CsvTableReader#parseNumber}.
     */
    static double parseAscii(byte[] b, int s, int e) {
        int p = s;
        boolean negative = false;
        if (p < e && (b[p] == '-' || b[p] == '+')) {
            negative = b[p] == '-';
            p++;
        }
        long m = 0;
        int digits = 0;       // significant digits in m
        int mantissaDigits = 0;
        int scale = 0;        // digits of m after the point
        boolean point = false;
        boolean simple = true;
        for (; p < e; p++) {
            int c = b[p] - '0';
            if (c >= 0 && c <= 9) {
                mantissaDigits++;
                if (m == 0 && c == 0) {
                    if (point) {
                        scale++;
                    }
                } else if (digits < 18) {
                    m = m * 10 + c;
                    digits++;
                    if (point) {
                        scale++;
                    }
                } else {
                    simple = false;
                }
            } else if (b[p] == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (mantissaDigits == 0) {
            return slow(b, s, e);
        }
        int exponent = 0;
        if (p < e) {
            if (b[p] != 'e' && b[p] != 'E') {
                return slow(b, s, e);
            }
            p++;
            boolean negativeExponent = false;
            if (p < e && (b[p] == '-' || b[p] == '+')) {
                negativeExponent = b[p] == '-';
                p++;
            }
            int expDigits = 0;
            for (; p < e; p++) {
                int c = b[p] - '0';
                if (c < 0 || c > 9 || expDigits == 4) {
                    return slow(b, s, e);
                }
                exponent = exponent * 10 + c;
                expDigits++;
            }
            if (expDigits == 0) {
                return slow(b, s, e);
            }
            if (negativeExponent) {
                exponent = -exponent;
            }
        }
        if (!simple) {
            return slow(b, s, e);
        }
        double v;
        if (m == 0) {
            v = 0.0;
        } else {
            if (m >= (1L << 53)) {
                return slow(b, s, e);
            }
            int e10 = exponent - scale;
            if (e10 >= 0 && e10 <= 22) {
                v = (double) m * POWERS_OF_TEN[e10];
            } else if (e10 < 0 && e10 >= -22) {
                v = (double) m / POWERS_OF_TEN[-e10];
            } else {
                return slow(b, s, e);
            }
            if (!Double.isFinite(v)) {
                return slow(b, s, e);
            }
        }
        return negative ? -v : v;
    }

    private static double slow(byte[] b, int s, int e) {
        return CsvTableReader.parseNumber(new String(b, s, e - s, StandardCharsets.ISO_8859_1));
    }

    /** Labels in first-seen order, looked up by their UTF-8 bytes. */
    static final class ByteDictionary {
        /** Pairs (code + 1, hash) by slot; code + 1 = 0 marks an empty slot. */
        private int[] table = new int[2 * 64];
        private int[] offsets = new int[16];
        private int[] lengths = new int[16];
        private byte[] bytes = new byte[1024];
        private int used;
        private int size;
        private int shift = 32 - 6;
        private int lastCode = -1;

        int size() {
            return size;
        }

        /** Whether every label is ASCII (so that byte order is {@link String#compareTo} order). */
        boolean ascii = true;

        String label(int code) {
            return new String(bytes, offsets[code], lengths[code], StandardCharsets.UTF_8);
        }

        /**
         * {@link String#compareTo} order of ASCII labels, by their bytes: the first eight as an unsigned
         * number (labels hold no NUL byte, so a shorter label padded with zeros comes first), then the rest.
         */
        CodeOrder asciiOrder() {
            long[] prefix = new long[size];
            for (int c = 0; c < size; c++) {
                long key = 0;
                int o = offsets[c];
                int len = lengths[c];
                for (int k = 0; k < 8; k++) {
                    key = (key << 8) | (k < len ? bytes[o + k] & 0xFF : 0);
                }
                prefix[c] = key;
            }
            return (a, b) -> {
                int cmp = Long.compareUnsigned(prefix[a], prefix[b]);
                if (cmp != 0 || (lengths[a] <= 8 && lengths[b] <= 8)) {
                    return cmp;
                }
                return Arrays.compareUnsigned(bytes, offsets[a] + Math.min(8, lengths[a]), offsets[a] + lengths[a],
                        bytes, offsets[b] + Math.min(8, lengths[b]), offsets[b] + lengths[b]);
            };
        }

        /** The labels, as text, by code. */
        String[] labels() {
            String[] labels = new String[size];
            for (int i = 0; i < size; i++) {
                labels[i] = new String(bytes, offsets[i], lengths[i], StandardCharsets.UTF_8);
            }
            return labels;
        }

        int codeOf(byte[] b, int s, int len) {
            int last = lastCode;
            if (last >= 0 && lengths[last] == len
                    && Arrays.equals(bytes, offsets[last], offsets[last] + len, b, s, s + len)) {
                return last;
            }
            int code = lookUp(b, s, len);
            lastCode = code;
            return code;
        }

        private int lookUp(byte[] b, int s, int len) {
            int h = 1;
            for (int i = s, end = s + len; i < end; i++) {
                h = 31 * h + b[i];
            }
            h *= 0x9E3779B9;
            int mask = (table.length >> 1) - 1;
            int i = h >>> shift;
            while (true) {
                int slot = table[2 * i];
                if (slot == 0) {
                    break;
                }
                if (table[2 * i + 1] == h) {
                    int code = slot - 1;
                    if (lengths[code] == len
                            && Arrays.equals(bytes, offsets[code], offsets[code] + len, b, s, s + len)) {
                        return code;
                    }
                }
                i = (i + 1) & mask;
            }
            int code = size++;
            if (code == offsets.length) {
                offsets = Arrays.copyOf(offsets, code * 2);
                lengths = Arrays.copyOf(lengths, code * 2);
            }
            if (used + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(used + len, bytes.length * 2));
            }
            System.arraycopy(b, s, bytes, used, len);
            if (ascii) {
                for (int k = s; k < s + len; k++) {
                    if (b[k] < 0) {
                        ascii = false;
                        break;
                    }
                }
            }
            offsets[code] = used;
            lengths[code] = len;
            used += len;
            table[2 * i] = code + 1;
            table[2 * i + 1] = h;
            if ((code + 1) * 2 > table.length >> 1) {
                rehash();
            }
            return code;
        }

        private void rehash() {
            int[] old = table;
            table = new int[old.length * 2];
            shift--;
            int mask = (table.length >> 1) - 1;
            for (int j = 0; j < old.length; j += 2) {
                if (old[j] != 0) {
                    int i = old[j + 1] >>> shift;
                    while (table[2 * i] != 0) {
                        i = (i + 1) & mask;
                    }
                    table[2 * i] = old[j];
                    table[2 * i + 1] = old[j + 1];
                }
            }
        }
    }
}
