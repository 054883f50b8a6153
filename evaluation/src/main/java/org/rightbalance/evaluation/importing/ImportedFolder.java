package org.rightbalance.evaluation.importing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Reads an evaluation input folder that an import wrote ({@link ExtractMerger#importSources}, {@link StreamingImport})
 * row by row into {@link ChildRows}, each dated record with its year from {@link ExtractMerger#YEARS_FILE}, keeping
 * no table in memory.
 *
 * <p>An import writes each keyed table in key order and the years file in {@code table:key} order, so a record's year
 * is found by walking the two in step. A folder in any other form (another header, a row out of order, a value the
 * import would not have written, a file that is not UTF-8) is {@link NotImported}: the caller reads it the way it
 * reads any extract, with every rule.
 */
final class ImportedFolder {

    /** The folder is not in the form an import writes. */
    static final class NotImported extends Exception {
        NotImported(String message) {
            super(message, null, false, false);
        }
    }

    private ImportedFolder() {
    }

    /** Whether {@code folder} holds an extract at all ({@code ssd_person.csv}). */
    static boolean holdsExtract(Path folder) {
        return Files.exists(folder.resolve(SsdTable.PERSON.file()));
    }

    /** Adds every record of {@code folder} to {@code into}; see the class comment. */
    static void readInto(Path folder, ChildRows into) throws NotImported, IOException {
        Path years = folder.resolve(ExtractMerger.YEARS_FILE);
        for (SsdTable table : SsdTable.ALL) {
            Path file = folder.resolve(table.file());
            if (!Files.exists(file)) {
                throw new NotImported(table.file() + " is missing");
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader);
                 Years y = table.yearsName() == null || !Files.exists(years) ? null : new Years(years, table)) {
                Iterator<CsvRecord> it = csv.iterator();
                if (!it.hasNext() || !String.join(",", it.next().getFields()).equals(table.header())) {
                    throw new NotImported(table.file() + " does not have the header an import writes");
                }
                String previous = null;
                while (it.hasNext()) {
                    Object record;
                    try {
                        record = table.parse(it.next().getFields(), 0);
                    } catch (RuntimeException e) {
                        throw new NotImported(table.file() + ": " + e.getMessage());
                    }
                    String key = table.key(record);
                    if (table.yearsName() != null) {
                        if (previous != null && previous.compareTo(key) >= 0) {
                            throw new NotImported(table.file() + " is not in the order an import writes");
                        }
                        previous = key;
                    }
                    into.add(table, record, y == null ? 0 : y.yearOf(key));
                }
            } catch (UncheckedIOException | de.siegmar.fastcsv.reader.CsvParseException e) {
                throw new NotImported(table.file() + " cannot be read: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new NotImported(table.file() + ": " + e.getMessage());
            }
        }
    }

    /** One table's lines of the years file, walked in key order alongside the table. */
    private static final class Years implements AutoCloseable {
        private final Reader reader;
        private final CsvReader<CsvRecord> csv;
        private final Iterator<CsvRecord> it;
        private final String table;
        private String key;
        private int year;
        private String previous;

        Years(Path file, SsdTable table) throws IOException, NotImported {
            this.table = table.yearsName();
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            csv = CsvReader.builder().ofCsvRecord(reader);
            it = csv.iterator();
            if (!it.hasNext() || !String.join(",", it.next().getFields()).equals("table,record_key,collection_year")) {
                close();
                throw new NotImported(ExtractMerger.YEARS_FILE + " does not have the header an import writes");
            }
            advance();
        }

        /** The year of the record with {@code recordKey}; 0 when the file gives none. Keys must come in order. */
        int yearOf(String recordKey) throws NotImported {
            while (key != null && key.compareTo(recordKey) < 0) {
                advance();
            }
            return recordKey.equals(key) ? year : 0;
        }

        private void advance() throws NotImported {
            while (it.hasNext()) {
                List<String> f = it.next().getFields();
                if (f.size() != 3) {
                    throw new NotImported(ExtractMerger.YEARS_FILE + " has a line without three fields");
                }
                if (f.get(0).equals(table)) {
                    if (previous != null && previous.compareTo(f.get(1)) >= 0) {
                        throw new NotImported(ExtractMerger.YEARS_FILE + " is not in the order an import writes");
                    }
                    previous = f.get(1);
                    key = f.get(1);
                    try {
                        year = Integer.parseInt(f.get(2));
                    } catch (NumberFormatException e) {
                        throw new NotImported(ExtractMerger.YEARS_FILE + ": year '" + f.get(2) + "' is not a number");
                    }
                    return;
                }
            }
            key = null;
        }

        @Override
        public void close() throws IOException {
            try {
                csv.close();
            } finally {
                reader.close();
            }
        }
    }
}
