package org.rightbalance.stats.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The byte parser behind {@link CsvTableReader#read(Path, Map)} against the FastCSV reader it
 * replaces ({@link CsvTableReader#read(String, Reader, Map)}), on random and on awkward files: the
 * same table, or the same message.
 */
class CsvTableReaderFastPathTest {

    @TempDir
    Path dir;

    private static final String[] NUMBERS = {
        "0", "1", "-1", "+3", "-0", "0.0", "-0.0", "0.1", ".5", "5.", "12.34", "1e5", "1E+05", "1e-300", "2.5e-3",
        "9007199254740993", "9007199254740992", "9007199254740991", "123456789012345678", "1234567890123456789",
        "0.30000000000000004", "1.7976931348623157e308", "4.9e-324", "2.2250738585072014E-308", "1e22", "1e23",
        "1e-22", "1e-23", "000123", "00.000", "3.14159265358979323846", "123456789012345.6789", "1e0400",
        "7e-400", "0e99999", "100000000000000000000000", " 42 ", "\t7\t", "0.000000000000000000000001",
    };
    private static final String[] NOT_NUMBERS = {
        "1d", "0x10", "Infinity", "-Infinity", "1.2.3", "e5", "1e", ".", "-", "+", "1f", "abc", "1,5", "1e+", "--1",
    };
    private static final String[] LABELS = {
        "M", "F", "x", "yes", "no", "é", "ü", " padded ", "\u2003wide\u2003", "日本", "a b", "NA ", "na", "nan",
        "\uD83D\uDE00", "\u00A0nbsp", "A\u0085B",
    };

    @Test
    void agreesWithTheFastCsvReaderOnRandomFiles() throws IOException {
        Random random = new Random(20261127L);
        for (int round = 0; round < 3000; round++) {
            byte[] content = randomFile(random, round % 3 == 0);
            Path file = dir.resolve("r" + round + ".csv");
            Files.write(file, content);
            Map<String, ColumnKind> wanted = randomWanted(random, file);
            if (wanted == null) {
                continue;
            }
            compare(file, wanted);
        }
    }

    @Test
    void agreesOnBigFilesThatSpanManyBuffers() throws IOException {
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder("id,x,label,note\r\n");
        for (int i = 0; i < 150_000; i++) {
            sb.append('P').append(i).append(',').append(number(random)).append(',')
                    .append(LABELS[random.nextInt(LABELS.length)]).append(',');
            if (random.nextInt(50) == 0) {
                sb.append("\"multi\nline, \"\"quoted\"\"\r\nnote\"");
            } else {
                sb.append("n").append(random.nextInt(100));
            }
            sb.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
            if (random.nextInt(1000) == 0) {
                sb.append("\n\r\n");
            }
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, sb.toString());
        Map<String, ColumnKind> wanted = new LinkedHashMap<>();
        wanted.put("note", ColumnKind.CATEGORICAL);
        wanted.put("x", ColumnKind.NUMERIC);
        wanted.put("label", ColumnKind.AUTO);
        wanted.put("id", ColumnKind.CATEGORICAL);
        compare(file, wanted);
    }

    @Test
    void reportsTheFirstErrorInBigFilesAsTheFastCsvReaderDoes() throws IOException {
        String[][] cases = {
            {"60000:a:seven", "60000:b:eight"},
            {"60000:b:eight", "60001:a:seven"},
            {"60000:c:nine", "60000:b:eight"},
            {"70000:b:x", "70010:nul"},
            {"70010:nul", "70020:b:x"},
            {"80000:short", "80001:a:y"},
            {"90000:c:" + "z".repeat(60)},
        };
        int round = 0;
        for (String[] faults : cases) {
            StringBuilder sb = new StringBuilder("a,b,c,d\n");
            for (int i = 0; i < 100_000; i++) {
                String[] row = {Integer.toString(i % 97), (i % 13) + ".5", "L" + (i % 1000), "x" + i};
                boolean shortRow = false;
                for (String fault : faults) {
                    String[] parts = fault.split(":");
                    if (Integer.parseInt(parts[0]) == i) {
                        if (parts[1].equals("nul")) {
                            row[3] = "\0";
                        } else if (parts[1].equals("short")) {
                            shortRow = true;
                        } else {
                            row["abcd".indexOf(parts[1])] = parts[2];
                        }
                    }
                }
                sb.append(String.join(",", shortRow ? List.of(row[0], row[1]) : List.of(row))).append('\n');
            }
            Path file = dir.resolve("faults" + round++ + ".csv");
            Files.writeString(file, sb.toString());
            Map<String, ColumnKind> wanted = new LinkedHashMap<>();
            wanted.put("a", ColumnKind.NUMERIC);
            wanted.put("b", ColumnKind.NUMERIC);
            wanted.put("c", ColumnKind.AUTO);
            wanted.put("d", ColumnKind.CATEGORICAL);
            compare(file, wanted);
            wanted.put("c", ColumnKind.NUMERIC);
            compare(file, wanted);
        }
    }

    @Test
    void parsesSimpleNumbersExactlyAsDoubleParseDouble() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            String text = number(random).strip();
            byte[] b = text.getBytes(StandardCharsets.US_ASCII);
            double fast = ByteColumnBuilder.parseAscii(b, 0, b.length);
            double slow = CsvTableReader.parseNumber(text);
            assertThat(Double.doubleToRawLongBits(fast)).as(text).isEqualTo(Double.doubleToRawLongBits(slow));
        }
        for (String text : NUMBERS) {
            byte[] b = text.strip().getBytes(StandardCharsets.US_ASCII);
            assertThat(Double.doubleToRawLongBits(ByteColumnBuilder.parseAscii(b, 0, b.length))).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(CsvTableReader.parseNumber(text)));
        }
        for (String text : NOT_NUMBERS) {
            byte[] b = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(ByteColumnBuilder.parseAscii(b, 0, b.length)).as(text).isNaN();
        }
    }

    @Test
    void readsQuotedFieldsWithoutFallingBack() throws Exception {
        Path file = write("q.csv", "id,\"name, full\",x\r\n1,\"a, \"\"b\"\"\",\"1.5\"\n\n2,\"two\nlines\",NA\r\n3,,\"\"\n");
        Map<String, ColumnKind> wanted = new LinkedHashMap<>();
        wanted.put("name, full", ColumnKind.CATEGORICAL);
        wanted.put("x", ColumnKind.NUMERIC);
        Table table = ByteCsvTableReader.read(file, "q.csv", wanted);
        CategoricalColumn name = (CategoricalColumn) table.column("name, full");
        assertThat(name.levels()).containsExactly("a, \"b\"", "two\nlines");
        assertThat(name.code(2)).isEqualTo(-1);
        assertThat(table.numeric("x").values()).containsExactly(1.5, Double.NaN, Double.NaN);
        assertThat(table.lineOf(0)).isEqualTo(2);
        assertThat(table.lineOf(1)).isEqualTo(4);
        assertThat(table.lineOf(2)).isEqualTo(6);
        compare(file, wanted);
    }

    @Test
    void reportsErrorsAsTheFastCsvReaderDoes() throws IOException {
        Map<String, ColumnKind> xy = new LinkedHashMap<>();
        xy.put("x", ColumnKind.NUMERIC);
        xy.put("y", ColumnKind.AUTO);
        expectError("e1.csv", bytes("x,y\n1,2\n3\n"), xy,
                "e1.csv, line 3: has 1 fields but the header has 2 (is this a comma-separated file with one record per line?)");
        expectError("e2.csv", bytes("x,y\n1,2\n\"a\nb\",1,2\n"), xy,
                "e2.csv, line 3: has 3 fields but the header has 2 (is this a comma-separated file with one record per line?)");
        expectError("e3.csv", bytes("x,y\n1,2\nseven,1\n"), xy, "e3.csv, line 3, column 'x': 'seven' is not a number");
        expectError("e4.csv", bytes("x,y\n1,2\n4,a\0b\n"), xy, "e4.csv, line 3: contains a NUL byte (is it a CSV file?)");
        expectError("e5.csv", concat(bytes("x,y\n1,\""), new byte[] {(byte) 0xC3, (byte) 0x28}, bytes("\"\n")), xy,
                "e5.csv: is not UTF-8 text (is it a CSV file?)");
        expectError("e6.csv", concat(bytes("x,y\n1,2\n3,"), new byte[] {(byte) 0xE2, (byte) 0x82}), xy,
                "e6.csv: is not UTF-8 text (is it a CSV file?)");
        expectError("e7.csv", concat(bytes("x,y\n1,"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, bytes("\n")),
                xy, "e7.csv: is not UTF-8 text (is it a CSV file?)");
        expectError("e8.csv", bytes(""), xy, "e8.csv: the file is empty; expected a header line");
        expectError("e9.csv", bytes("\n\r\n"), xy, "e9.csv: the file is empty; expected a header line");
        expectError("e10.csv", bytes("x,y\n\n"), xy, "e10.csv: has a header line but no data rows");
        expectError("e11.csv", bytes("x,z\n1,2\n"), xy, "e11.csv: no column 'y' (columns are: x, z)");
        expectError("e12.csv", bytes("x,,y\n1,2,3\n"), xy, "e12.csv, line 1: column 2 has no name in the header");
        expectError("e13.csv", bytes("x,y, x\n1,2,3\n"), xy, "e13.csv, line 1: the header names column 'x' twice");
        expectError("e14.csv", bytes("x,y\n1,2\n1e400,3\n"), xy, "e14.csv, line 3, column 'x': '1e400' is not a number");
        expectError("e15.csv", bytes("x,y\n1,2\n0x10,3\n"), xy, "e15.csv, line 3, column 'x': '0x10' is not a number");
        expectError("e16.csv", bytes("x,y\n\"1\n\n\",2\n 1d ,3\n"), xy,
                "e16.csv, line 5, column 'x': '1d' is not a number");
        expectError("e17.csv", bytes("x,y\n1,2\n" + "1".repeat(50) + "x,3\n"), xy,
                "e17.csv, line 3, column 'x': '" + "1".repeat(37) + "...' is not a number");
        expectError("e18.csv", bytes("x,y\n1,2\n\"ab\"c,3\n"), xy, "e18.csv: is not valid CSV (Exception when reading record that started in line 3)");
        assertThatThrownBy(() -> CsvTableReader.read(dir.resolve("absent.csv"), xy))
                .hasMessage(dir.resolve("absent.csv") + ": no such file");
        Path folder = Files.createDirectory(dir.resolve("folder.csv"));
        String expected = null;
        try {
            CsvTableReader.readWithFastCsv(folder, "folder.csv", xy);
        } catch (InvalidDataException e) {
            expected = e.getMessage();
        }
        assertThat(expected).startsWith("folder.csv: cannot be read (");
        assertThatThrownBy(() -> CsvTableReader.read(folder, xy)).hasMessage(expected);
    }

    @Test
    void leavesHugeRecordsAndUnterminatedQuotesToFastCsv() throws IOException {
        Map<String, ColumnKind> xy = new LinkedHashMap<>();
        xy.put("x", ColumnKind.NUMERIC);
        xy.put("y", ColumnKind.CATEGORICAL);
        Path unterminated = dir.resolve("open.csv");
        Files.writeString(unterminated, "x,y\n1,a\n2,\"" + "b".repeat(5 << 20) + "\n3,c\n");
        compare(unterminated, xy);
        Path huge = dir.resolve("huge.csv");
        Files.writeString(huge, "x,y\n1,a\n2,\"" + "b".repeat(5 << 20) + "\"\n3,c\n");
        compare(huge, xy);
        assertThat(((CategoricalColumn) CsvTableReader.read(huge, xy).column("y")).levels().get(1)).hasSize(5 << 20);
    }

    @Test
    void sortsLevelsAsStringCompareTo() {
        Random random = new Random(5);
        String alphabet = "AB\u0001z~ 0.";
        for (int round = 0; round < 200; round++) {
            boolean unicode = round % 2 == 1;
            ByteColumnBuilder builder = new ByteColumnBuilder("s", "c", ColumnKind.CATEGORICAL, 4);
            List<String> values = new ArrayList<>();
            int n = 1 + random.nextInt(300);
            for (int i = 0; i < n; i++) {
                StringBuilder sb = new StringBuilder("x");
                int len = random.nextInt(12);
                for (int k = 0; k < len; k++) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                if (unicode && random.nextInt(4) == 0) {
                    sb.append(random.nextBoolean() ? "\uFF21" : "\uD83D\uDE00");
                }
                String v = sb.toString();
                values.add(v.strip());
                byte[] b = v.getBytes(StandardCharsets.UTF_8);
                builder.add(b, 0, b.length, unicode ? ByteCsvTableReader.HIGH : 0, i + 2);
            }
            CategoricalColumn column = (CategoricalColumn) builder.build(n);
            List<String> expected = new ArrayList<>(new java.util.TreeSet<>(values));
            assertThat(column.levels()).isEqualTo(expected);
            for (int i = 0; i < n; i++) {
                assertThat(column.text(i)).isEqualTo(values.get(i));
            }
        }
    }

    @Test
    void keepsTheByteOrderMarkRules() throws IOException {
        Map<String, ColumnKind> x = Map.of("x", ColumnKind.NUMERIC);
        Path file = dir.resolve("bom.csv");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes("x,y\r\n1,2\r\n")));
        assertThat(CsvTableReader.read(file, x).numeric("x").values()).containsExactly(1.0);
        compare(file, x);
    }

    private void expectError(String name, byte[] content, Map<String, ColumnKind> wanted, String message)
            throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        assertThatThrownBy(() -> CsvTableReader.read(file, wanted)).isInstanceOf(InvalidDataException.class)
                .hasMessage(message);
        compare(file, wanted);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** Both readers give the same table or the same message. */
    private void compare(Path file, Map<String, ColumnKind> wanted) throws IOException {
        String source = file.getFileName().toString();
        Table expected = null;
        String expectedError = null;
        try (Reader reader = CsvTableReader.strictUtf8(file)) {
            expected = CsvTableReader.read(source, reader, wanted);
        } catch (InvalidDataException e) {
            expectedError = e.getMessage();
        }
        Table actual = null;
        String actualError = null;
        try {
            actual = CsvTableReader.read(file, wanted);
        } catch (InvalidDataException e) {
            actualError = e.getMessage();
        }
        String what = file + ":\n" + Files.readString(file, StandardCharsets.ISO_8859_1);
        assertThat(actualError).as(what).isEqualTo(expectedError);
        if (expected != null) {
            assertSameTable(actual, expected, what);
        }
    }

    static void assertSameTable(Table actual, Table expected, String what) {
        assertThat(actual.source()).isEqualTo(expected.source());
        assertThat(actual.columnNames()).as(what).isEqualTo(expected.columnNames());
        assertThat(actual.rowCount()).as(what).isEqualTo(expected.rowCount());
        for (int i = 0; i < expected.rowCount(); i++) {
            assertThat(actual.lineOf(i)).as(what).isEqualTo(expected.lineOf(i));
        }
        for (String name : expected.columnNames()) {
            Column e = expected.column(name);
            Column a = actual.column(name);
            assertThat(a.getClass()).as(what + name).isEqualTo(e.getClass());
            if (e instanceof NumericColumn n) {
                double[] av = ((NumericColumn) a).values();
                for (int i = 0; i < av.length; i++) {
                    if (Double.doubleToRawLongBits(av[i]) != Double.doubleToRawLongBits(n.values()[i])) {
                        fail(what + "\ncolumn " + name + " row " + i + ": " + av[i] + " != " + n.values()[i]);
                    }
                }
            } else {
                CategoricalColumn c = (CategoricalColumn) e;
                assertThat(((CategoricalColumn) a).levels()).as(what).isEqualTo(c.levels());
                assertThat(((CategoricalColumn) a).codes()).as(what).isEqualTo(c.codes());
            }
        }
    }

    private static String number(Random random) {
        switch (random.nextInt(8)) {
            case 0:
                return NUMBERS[random.nextInt(NUMBERS.length)];
            case 1:
                return Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 2:
                return Double.toString(Double.longBitsToDouble(random.nextLong()) % 1e300);
            case 3:
                return Long.toString(random.nextLong() >> random.nextInt(64));
            case 4: {
                StringBuilder sb = new StringBuilder();
                if (random.nextBoolean()) {
                    sb.append(random.nextBoolean() ? '-' : '+');
                }
                int intDigits = random.nextInt(12);
                for (int i = 0; i < intDigits; i++) {
                    sb.append((char) ('0' + random.nextInt(10)));
                }
                if (random.nextBoolean() || intDigits == 0) {
                    sb.append('.');
                    int frac = random.nextInt(20) + (intDigits == 0 ? 1 : 0);
                    for (int i = 0; i < frac; i++) {
                        sb.append((char) ('0' + random.nextInt(10)));
                    }
                }
                if (random.nextInt(3) == 0) {
                    sb.append(random.nextBoolean() ? 'e' : 'E');
                    if (random.nextBoolean()) {
                        sb.append(random.nextBoolean() ? '-' : '+');
                    }
                    sb.append(random.nextInt(random.nextBoolean() ? 30 : 400));
                }
                return sb.toString();
            }
            case 5:
                return random.nextInt(100) + "." + random.nextInt(100);
            case 6:
                return String.format("%.2f", random.nextGaussian() * 30);
            default:
                return Integer.toString(random.nextInt(2000) - 1000);
        }
    }

    private static String value(Random random, boolean numericColumn, boolean errors) {
        int r = random.nextInt(100);
        if (r < 8) {
            return new String[] {"", "NA", "NaN", " NA ", "\"NA\"", "\"\""}[random.nextInt(6)];
        }
        if (errors && r < 10) {
            return NOT_NUMBERS[random.nextInt(NOT_NUMBERS.length)];
        }
        String v = numericColumn || r < 20 ? number(random) : LABELS[random.nextInt(LABELS.length)];
        if (random.nextInt(8) == 0 || v.contains(",")) {
            if (random.nextInt(4) == 0) {
                v = v + (random.nextBoolean() ? "," : "\"") + (random.nextBoolean() ? "\n" : "\r\n") + v;
            }
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static byte[] randomFile(Random random, boolean errors) {
        int width = 1 + random.nextInt(5);
        boolean[] numericColumn = new boolean[width];
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(10) == 0) {
            sb.append('\uFEFF');
        }
        if (random.nextInt(10) == 0) {
            sb.append("\n");
        }
        for (int c = 0; c < width; c++) {
            numericColumn[c] = random.nextBoolean();
            sb.append(c == 0 ? "" : ",").append(random.nextInt(10) == 0 ? "\"c" + c + "\"" : "c" + c);
        }
        String[] eols = {"\n", "\r\n", "\r"};
        String eol = eols[random.nextInt(3)];
        sb.append(eol);
        int rows = random.nextInt(30);
        for (int r = 0; r < rows; r++) {
            if (random.nextInt(10) == 0) {
                sb.append(random.nextBoolean() ? eol : "\r\n");
            }
            int fields = errors && random.nextInt(40) == 0 ? random.nextInt(width + 2) : width;
            for (int c = 0; c < fields; c++) {
                sb.append(c == 0 ? "" : ",").append(value(random, c < width && numericColumn[c], errors));
            }
            if (errors && random.nextInt(60) == 0) {
                sb.append(new String[] {"\0", "\"x\"y", "\"unterminated"}[random.nextInt(3)]);
            }
            if (r < rows - 1 || random.nextBoolean()) {
                sb.append(random.nextInt(5) == 0 ? eols[random.nextInt(3)] : eol);
            }
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (errors && random.nextInt(15) == 0 && bytes.length > 0) {
            byte[] bad = {(byte) 0xFF, (byte) 0xC3, (byte) 0xE2, (byte) 0x82, (byte) 0xC0, (byte) 0xF4, (byte) 0x90};
            int at = random.nextInt(bytes.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at);
            out.write(bad[random.nextInt(bad.length)]);
            out.write(bytes, at, bytes.length - at);
            bytes = out.toByteArray();
        }
        return bytes;
    }

    private static Map<String, ColumnKind> randomWanted(Random random, Path file) {
        List<String> names;
        try {
            names = CsvTableReader.header(file);
        } catch (InvalidDataException e) {
            names = List.of("c0");
        }
        List<String> pool = new ArrayList<>(names);
        if (random.nextInt(20) == 0) {
            pool.add("absent");
        }
        Map<String, ColumnKind> wanted = new LinkedHashMap<>();
        int n = 1 + random.nextInt(pool.size());
        for (int i = 0; i < n; i++) {
            String name = pool.get(random.nextInt(pool.size()));
            wanted.put(name, ColumnKind.values()[random.nextInt(3)]);
        }
        return wanted;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
