package org.rightbalance.benchmark;

import org.rightbalance.evaluation.importing.ExtractMerger;
import org.rightbalance.evaluation.importing.Importer;
import org.rightbalance.evaluation.importing.cin.CinCensus;
import org.rightbalance.evaluation.importing.cin.CinCensusReader;
import org.rightbalance.evaluation.importing.cin.CinCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How fast a CIN census file is read, against the physical floor: a plain StAX pass over the same file that touches
 * every event and does nothing else. Each step runs in a fresh JVM with a heap limit far below the file's size, so a
 * step that holds the file (or grows with it) fails instead of looking fast.
 *
 * <p>Steps: {@code stax} (the floor), {@code check} ({@link CinCensusReader#check}: every rule, no record kept) and
 * {@code import} ({@link Importer#run} into an empty folder: the streaming import, every rule, the SSD extract written
 * and swapped in), {@code merge} (the same file imported again into the folder a first import of it wrote: the
 * folder read row by row, both sources regrouped by child through run files, every record compared), {@code
 * database} (the application's import of the file into its embedded database: the extract the streaming import wrote,
 * loaded child by child in one transaction; see {@link DatabaseLoad}) and {@code read} ({@link CinCensusReader#read}: every rule, and every record kept as the in-memory
 * import, now only a fallback, needs them, so its heap grows with the records, not the file).
 */
public final class ImportBenchmark {

    /** The steps, in the order they run. */
    public static final List<String> MODES = List.of("stax", "check", "import", "merge", "database", "read");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One step's run.
     *
     * @param mode       {@code stax}, {@code check}, {@code import} or {@code read}
     * @param bytes      the file's size
     * @param seconds    wall-clock time of the pass
     * @param peakHeapMb the largest heap in use during it (sum of the heap pools' peaks)
     * @param maxHeapMb  the JVM's heap limit
     * @param events     StAX events ({@code stax}) or children ({@code check}, {@code import}, {@code read})
     */
    public record Run(String mode, long bytes, double seconds, double peakHeapMb, double maxHeapMb, long events) {

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        public String toJson() {
            return String.format(Locale.ROOT, "{\"mode\": \"%s\", \"bytes\": %d, \"seconds\": %.3f, \"peak_heap_mb\": "
                    + "%.1f, \"max_heap_mb\": %.1f, \"events\": %d}", mode, bytes, seconds, peakHeapMb, maxHeapMb,
                    events);
        }

        public static Run parse(String json) {
            JsonNode n = JSON.readTree(json);
            return new Run(n.get("mode").asString(), n.get("bytes").asLong(), n.get("seconds").asDouble(),
                    n.get("peak_heap_mb").asDouble(), n.get("max_heap_mb").asDouble(), n.get("events").asLong());
        }
    }

    /** A step that did not finish (e.g. out of memory under its heap limit), with the last line it printed. */
    public record Failure(String mode, String heap, String message) {
    }

    private ImportBenchmark() {
    }

    /** Runs one step on {@code file} in this JVM. */
    public static Run measure(Path file, String mode) {
        Path merged = file.resolveSibling(file.getFileName() + ".merged");
        if (mode.equals("merge")) {
            // not timed: the folder a first import of the file writes, which the timed import merges into
            try {
                deleteTree(merged);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear " + merged + ": " + e.getMessage(), e);
            }
            Importer.run(new Importer.Request(Importer.Format.CIN_CENSUS, List.of(file), merged));
        }
        DatabaseLoad database = mode.equals("database") ? DatabaseLoad.prepare(file) : null;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        long events = switch (mode) {
            case "stax" -> staxEvents(file);
            case "check" -> {
                CinCheck c = CinCensusReader.check(file);
                yield c.children();
            }
            case "import" -> {
                Path out = file.resolveSibling(file.getFileName() + ".imported");
                try {
                    deleteTree(out);
                    ExtractMerger.Imported imported = Importer.run(new Importer.Request(Importer.Format.CIN_CENSUS,
                            List.of(file), out));
                    if (imported.read() != null) {
                        throw new IllegalStateException("the import did not stream");
                    }
                    deleteTree(out);
                    yield imported.totals().people();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot clear " + out + ": " + e.getMessage(), e);
                }
            }
            case "merge" -> {
                ExtractMerger.Imported imported = Importer.run(new Importer.Request(Importer.Format.CIN_CENSUS,
                        List.of(file), merged));
                if (imported.read() != null) {
                    throw new IllegalStateException("the import did not stream");
                }
                try {
                    deleteTree(merged);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot clear " + merged + ": " + e.getMessage(), e);
                }
                yield imported.totals().people();
            }
            case "database" -> database.load();
            case "read" -> {
                CinCensus c = CinCensusReader.read(file);
                yield c.extract().people().size();
            }
            default -> throw new IllegalArgumentException("unknown mode '" + mode + "'; use " + String.join(", ", MODES));
        };
        double seconds = (System.nanoTime() - started) / 1e9;
        double peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6;
        if (database != null) {
            database.delete();
        }
        try {
            return new Run(mode, Files.size(file), seconds, peak, Runtime.getRuntime().maxMemory() / 1e6, events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The floor: every StAX event of the file, each touched (names and text read), nothing kept. */
    static long staxEvents(Path file) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        long events = 0;
        long touched = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 8192)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext()) {
                int e = r.next();
                events++;
                if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.END_ELEMENT) {
                    touched += r.getLocalName().length();
                } else if (e == XMLStreamConstants.CHARACTERS) {
                    touched += r.getTextLength();
                }
            }
            r.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(file + " is not well-formed XML: " + e.getMessage(), e);
        }
        return touched >= 0 ? events : -events;
    }

    /**
     * Runs {@code command} (a child JVM running {@code bench import-run}); its last output line is the run, or the
     * failure (non-zero exit, e.g. out of memory) is returned with its last error line.
     */
    public static Object runChild(List<String> command, String mode, String heap, PrintWriter log) {
        log.println("  " + mode + " (-Xmx" + heap + ") ...");
        log.flush();
        try {
            Path err = Files.createTempFile("bench-import", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
                byte[] out = p.getInputStream().readAllBytes();
                boolean done = p.waitFor(6, TimeUnit.HOURS);
                if (!done || p.exitValue() != 0) {
                    if (!done) {
                        p.destroy();
                    }
                    List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
                    String last = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("\tat "))
                            .reduce((a, b) -> b).orElse("exit code " + (done ? p.exitValue() : "timeout"));
                    for (String l : lines) {
                        if (l.contains("OutOfMemoryError")) {
                            last = "java.lang.OutOfMemoryError: Java heap space";
                            break;
                        }
                    }
                    return new Failure(mode, heap, last.strip());
                }
                String text = new String(out, StandardCharsets.UTF_8).strip();
                return Run.parse(text.substring(text.lastIndexOf('\n') + 1));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The section of docs/benchmarks.md: the file, then one row per step against the floor. */
    public static String markdown(LargeCinCensus.Written file, List<Object> runs, List<String> heaps, String machine,
                                  String command, Optional<String> note) {
        StringBuilder sb = new StringBuilder();
        sb.append("## CIN census import: streaming read against a plain XML parse\n\n");
        sb.append("Run on ").append(LocalDate.now()).append(" with `").append(command).append("`.\n");
        sb.append(machine).append("\n\n");
        sb.append(String.format(Locale.ROOT, "A generated CIN census file (2023/24) of %,.0f MB: %,d children, %,d "
                + "referrals (`LargeCinCensus`, written child by child to disk).%n%n", file.bytes() / 1e6,
                file.children(), file.referrals()));
        note.ifPresent(n -> sb.append(n.strip()).append("\n\n"));
        sb.append("| step | heap limit | seconds | MB/s | of the floor | peak heap (MB) |\n");
        sb.append("|---|---:|---:|---:|---:|---:|\n");
        double floor = Double.NaN;
        for (Object o : runs) {
            if (o instanceof Run r && r.mode().equals("stax")) {
                floor = r.megabytesPerSecond();
            }
        }
        for (int i = 0; i < runs.size(); i++) {
            Object o = runs.get(i);
            if (o instanceof Run r) {
                sb.append(String.format(Locale.ROOT, "| %s | -Xmx%s | %.2f | %.1f | %s | %.0f |%n", label(r.mode()),
                        heaps.get(i), r.seconds(), r.megabytesPerSecond(),
                        Double.isNaN(floor) ? "–" : String.format(Locale.ROOT, "%.0f %%",
                                100 * r.megabytesPerSecond() / floor), r.peakHeapMb()));
            } else if (o instanceof Failure f) {
                sb.append(String.format(Locale.ROOT, "| %s | -Xmx%s | did not finish: %s | – | – | – |%n",
                        label(f.mode()), f.heap(), f.message().replace("|", "/")));
            }
        }
        sb.append("\nThe floor is one StAX pass touching every event (the JDK's parser, DTDs off). `check` applies every "
                + "rule of docs/cin-census.md holding one child at a time; `import` is `rightbalance import --format "
                + "cin-census` of the file into an empty folder, which streams: the same rules, each child's rows "
                + "sorted by id through bounded run files into the SSD CSV files, then swapped in (its time includes "
                + "writing the extract); `merge` imports the same file again into the folder the first import wrote, "
                + "as a council's next return is imported: the folder is read row by row, the folder and the file are "
                + "regrouped by child through run files, every child's records are merged (all unchanged here) and the "
                + "extract is written again; `database` is the application's import of the file (an administrator's upload) "
                + "after the streaming import: the SSD folder loaded child by child into a new embedded H2 database "
                + "(file mode, the application's Flyway migrations), in one transaction; `read` keeps every record, as the in-memory import (now only the "
                + "fallback when the streaming import cannot vouch for a result) needs them, so its heap grows with the records (not with the XML around them). The peak heap is the "
                + "sum of the heap pools' peaks (eden, survivor, old), reached at different times, so it can exceed "
                + "the limit the step ran under; the limit is the bound. "
                + "The DfE's Python validator was not run: it is not installed on this machine.\n");
        return sb.toString();
    }

    private static String label(String mode) {
        return switch (mode) {
            case "stax" -> "plain StAX parse (floor)";
            case "check" -> "`CinCensusReader.check` (all rules, records not kept)";
            case "import" -> "`Importer.run` streaming import into an empty folder (all rules, SSD extract written)";
            case "merge" -> "`Importer.run` the file again into the folder it built (merged child by child)";
            case "database" -> "`SsdDatabaseImport` of the imported file into the embedded database (one transaction)";
            case "read" -> "`CinCensusReader.read` (all rules, records kept)";
            default -> mode;
        };
    }

    /** The child JVM's command for one step: {@code java -Xmx<heap> … bench import-run --file F --mode M}. */
    public static List<String> childCommand(List<String> java, String heap, Path file, String mode) {
        List<String> command = new ArrayList<>(java);
        command.add(1, "-Xmx" + heap);
        command.addAll(List.of("bench", "import-run", "--file", file.toString(), "--mode", mode));
        return command;
    }
}
