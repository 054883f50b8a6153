package org.rightbalance.stats.data;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the columns an analysis needs from a CSV file with a header line, streaming, into a
 * {@link Table}.
 *
 * <p>Rules, each reported as one line naming the file, the line and the column:
 * the file must be UTF-8 text (a byte-order mark is allowed) with a header; every record has as many
 * fields as the header; a {@link ColumnKind#NUMERIC} column holds finite numbers. An empty field,
 * {@code NA} and {@code NaN} are missing values, as in R's {@code read.csv}.
 *
 * <p>A file is read by a byte-level parser ({@code ByteCsvTableReader}) that gives the same table and
 * the same messages as reading its text with FastCSV ({@link #read(String, Reader, Map)}), which it
 * leaves the rare files it does not handle itself to.
 */
public final class CsvTableReader {

    /** Above this many distinct values an AUTO column is not kept as labels while it looks numeric. */
    private static final int AUTO_LEVEL_LIMIT = 1_000_000;

    private CsvTableReader() {
    }

    /** Reads {@code wanted} columns (in that order) from {@code file}. */
    public static Table read(Path file, Map<String, ColumnKind> wanted) {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return ByteCsvTableReader.read(file, source, wanted);
        } catch (ByteCsvTableReader.Fallback e) {
            return readWithFastCsv(file, source, wanted);
        }
    }

    /** {@link #read(Path, Map)} through FastCSV: for files the byte parser leaves to it. */
    static Table readWithFastCsv(Path file, String source, Map<String, ColumnKind> wanted) {
        try (Reader reader = strictUtf8(file)) {
            return read(source, reader, wanted);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidDataException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads {@code wanted} columns from CSV text; {@code source} names it in messages. */
    public static Table read(String source, Reader reader, Map<String, ColumnKind> wanted) {
        CsvReader<CsvRecord> csv = records(reader);
        try {
            var records = csv.iterator();
            if (!records.hasNext()) {
                throw new InvalidDataException(source + ": the file is empty; expected a header line");
            }
            CsvRecord header = records.next();
            List<String> names = headerNames(source, header);
            int[] positions = new int[wanted.size()];
            List<ColumnBuilder> builders = new ArrayList<>();
            int w = 0;
            for (Map.Entry<String, ColumnKind> e : wanted.entrySet()) {
                int pos = names.indexOf(e.getKey());
                if (pos < 0) {
                    throw new InvalidDataException(source + ": no column '" + e.getKey() + "' (columns are: "
                            + String.join(", ", names) + ")");
                }
                positions[w++] = pos;
                builders.add(new ColumnBuilder(source, e.getKey(), e.getValue()));
            }
            long[] lines = new long[1024];
            int rows = 0;
            while (records.hasNext()) {
                CsvRecord record = records.next();
                long line = record.getStartingLineNumber();
                checkText(source, line, record);
                if (record.getFieldCount() != names.size()) {
                    throw new InvalidDataException(source + ", line " + line + ": has " + record.getFieldCount()
                            + " fields but the header has " + names.size()
                            + " (is this a comma-separated file with one record per line?)");
                }
                if (rows == lines.length) {
                    lines = Arrays.copyOf(lines, rows * 2);
                }
                lines[rows] = line;
                for (int i = 0; i < positions.length; i++) {
                    builders.get(i).add(record.getField(positions[i]), line);
                }
                rows++;
            }
            if (rows == 0) {
                throw new InvalidDataException(source + ": has a header line but no data rows");
            }
            List<Column> columns = new ArrayList<>(builders.size());
            for (ColumnBuilder b : builders) {
                columns.add(b.build(rows));
            }
            return new Table(source, columns, Arrays.copyOf(lines, rows));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InvalidDataException(source + ": is not UTF-8 text (is it a CSV file?)");
            }
            throw new InvalidDataException(source + ": cannot be read (" + e.getCause().getMessage() + ")");
        } catch (CsvParseException e) {
            throw new InvalidDataException(source + ": is not valid CSV (" + e.getMessage() + ")");
        }
    }

    /** The record reader every pass over a file uses, so that rows line up between passes. */
    static CsvReader<CsvRecord> records(Reader reader) {
        return CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(reader);
    }

    /** Reads only the header line: the column names in order. */
    public static List<String> header(Path file) {
        String source = file.getFileName().toString();
        try (Reader reader = strictUtf8(file);
             CsvReader<CsvRecord> csv = records(reader)) {
            var records = csv.iterator();
            if (!records.hasNext()) {
                throw new InvalidDataException(source + ": the file is empty; expected a header line");
            }
            return headerNames(source, records.next());
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file + ": no such file");
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidDataException(source + ": is not UTF-8 text (is it a CSV file?)");
        }
    }

    static Reader strictUtf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    private static List<String> headerNames(String source, CsvRecord header) {
        checkText(source, header.getStartingLineNumber(), header);
        return ByteCsvTableReader.headerNames(source, header.getFields());
    }

    private static void checkText(String source, long line, CsvRecord record) {
        for (int i = 0; i < record.getFieldCount(); i++) {
            if (record.getField(i).indexOf('\0') >= 0) {
                throw new InvalidDataException(source + ", line " + line + ": contains a NUL byte (is it a CSV file?)");
            }
        }
    }

    static boolean isMissing(String text) {
        return text.isEmpty() || text.equals("NA") || text.equals("NaN");
    }

    /**
     * Parses a finite decimal number, or returns NaN when {@code text} is not one. Rejects Java-only
     * forms that R would not read as numbers ({@code 1d}, {@code 0x10}, {@code Infinity}).
     */
    public static double parseNumber(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        char last = t.charAt(t.length() - 1);
        if (!(last >= '0' && last <= '9') && last != '.') {
            return Double.NaN;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'x' || c == 'X' || c == 'p' || c == 'P') {
                return Double.NaN;
            }
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Accumulates one column's values while the file streams past. */
    private static final class ColumnBuilder {
        private final String source;
        private final String name;
        private final ColumnKind kind;
        private double[] numbers = new double[1024];
        private int[] codes = new int[1024];
        private final Map<String, Integer> dictionary = new LinkedHashMap<>();
        private boolean numeric;
        private boolean labelsKept = true;
        private int size;

        ColumnBuilder(String source, String name, ColumnKind kind) {
            this.source = source;
            this.name = name;
            this.kind = kind;
            this.numeric = kind != ColumnKind.CATEGORICAL;
        }

        void add(String raw, long line) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
                if (numeric) {
                    numbers = Arrays.copyOf(numbers, size * 2);
                }
            }
            String text = raw.strip();
            boolean missing = isMissing(text);
            if (numeric) {
                double v = missing ? Double.NaN : parseNumber(text);
                if (!missing && Double.isNaN(v)) {
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
                } else {
                    numbers[size] = v;
                }
            }
            if (kind != ColumnKind.NUMERIC && labelsKept) {
                if (missing) {
                    codes[size] = -1;
                } else {
                    Integer code = dictionary.get(text);
                    if (code == null) {
                        code = dictionary.size();
                        dictionary.put(text, code);
                        if (numeric && kind == ColumnKind.AUTO && dictionary.size() > AUTO_LEVEL_LIMIT) {
                            labelsKept = false;
                        }
                    }
                    codes[size] = code;
                }
            }
            size++;
        }

        Column build(int rows) {
            if (numeric) {
                return new NumericColumn(name, Arrays.copyOf(numbers, rows));
            }
            List<String> levels = new ArrayList<>(dictionary.keySet());
            List<String> sorted = new ArrayList<>(levels);
            sorted.sort(null);
            int[] remap = new int[levels.size()];
            Map<String, Integer> rank = new HashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                rank.put(sorted.get(i), i);
            }
            for (int i = 0; i < levels.size(); i++) {
                remap[i] = rank.get(levels.get(i));
            }
            int[] out = new int[rows];
            for (int i = 0; i < rows; i++) {
                out[i] = codes[i] < 0 ? -1 : remap[codes[i]];
            }
            return new CategoricalColumn(name, out, sorted);
        }

        private static String abbreviate(String text) {
            return text.length() > 40 ? text.substring(0, 37) + "..." : text;
        }
    }
}
