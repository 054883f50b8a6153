package org.rightbalance.stats.data;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Copies a CSV file with new columns added at the end of every row — the file a user gave, with
 * what an analysis found about each row beside it. Values are copied as text, not re-formatted.
 *
 * <p>The output is written to a temporary file beside the target and moved into place only when
 * complete, so a failure never leaves half a file.
 */
public final class CsvColumnAppender {

    /** A column to add: its header name and its value for each data row (0-based). */
    public record NewColumn(String name, IntFunction<String> value) {
    }

    private CsvColumnAppender() {
    }

    /**
     * @param in       the source file, as read by {@link CsvTableReader}
     * @param out      the file to write (replaced if it exists)
     * @param columns  the columns to add
     * @param rowCount the number of data rows expected (the table's row count)
     */
    public static void append(Path in, Path out, List<NewColumn> columns, int rowCount) {
        Path parent = out.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".rightbalance-", ".csv.part");
            try {
                copy(in, tmp, columns, rowCount);
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new InvalidDataException(out + ": cannot be written (" + e.getMessage() + ")");
        }
    }

    private static void copy(Path in, Path tmp, List<NewColumn> columns, int rowCount) throws IOException {
        try (Reader reader = CsvTableReader.strictUtf8(in);
             CsvReader<CsvRecord> csv = CsvTableReader.records(reader);
             CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(tmp)) {
            Iterator<CsvRecord> records = csv.iterator();
            List<String> header = new ArrayList<>(records.next().getFields());
            for (NewColumn c : columns) {
                header.add(c.name());
            }
            writer.writeRecord(header);
            int row = 0;
            List<String> fields = new ArrayList<>();
            while (records.hasNext()) {
                CsvRecord r = records.next();
                if (row >= rowCount) {
                    throw new IllegalStateException(in + " has more rows than were analysed");
                }
                fields.clear();
                fields.addAll(r.getFields());
                for (NewColumn c : columns) {
                    fields.add(c.value().apply(row));
                }
                writer.writeRecord(fields);
                row++;
            }
            if (row != rowCount) {
                throw new IllegalStateException(in + " has " + row + " rows, " + rowCount + " were analysed");
            }
        } catch (UncheckedIOException e) {
            throw new InvalidDataException(in + ": cannot be read (" + e.getCause().getMessage() + ")");
        }
    }
}
