package org.rightbalance.evaluation.importing;

import org.rightbalance.evaluation.importing.ssda903.Ssda903Reader;
import org.rightbalance.evaluation.importing.ssda903.Ssda903Return;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.Finding;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReadResult;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.ssd.ValidationReport;
import org.rightbalance.stats.data.InvalidDataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.rightbalance.evaluation.ssd.Sex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Combines several extracts of one council (e.g. people, referrals and plans from an SSD folder or CIN census files,
 * care episodes from an SSDA903 return) into one evaluation input, keyed by the council's child identifier.
 *
 * <ul>
 *   <li>People: the same id in several sources is one person; a different date of birth or sex is a
 *       {@code conflicting-person} finding (unknown sex U gives way to M or F); an empty ethnicity or
 *       nationality takes the first non-empty one.</li>
 *   <li>Referrals, CIN plans, CP plans: identical duplicates are merged; the same id with other values
 *       is a {@code conflicting-record} finding.</li>
 *   <li>Care episodes: identified by child and start; the same ceased date is one episode (the first
 *       source's id kept), another ceased date is a {@code conflicting-record} finding.</li>
 *   <li>Families and participation: identical rows merged.</li>
 * </ul>
 *
 * <p>Sources with a collection year (a CIN census covers one year's activity, so a council's history comes as one file
 * per year) are not in conflict when they differ: the later year supersedes, an earlier year is kept newer (never
 * applied over a later one), see {@link #mergeSources}. Findings name the source, the record and the rule
 * ({@link MergeRule}).
 *
 * <p>Every list is sorted (by id, or child and date), so the same sources in any order give the same
 * extract and the same bytes. {@link #importSources} and {@link #importInto} are all or nothing.
 */
public final class ExtractMerger {

    /** The file name findings of {@link #merge(List)} carried before they named their source; kept for callers. */
    public static final String MERGE = "merge";

    private ExtractMerger() {
    }

    /** The merged extract of sources without a collection year; throws {@link InvalidExtractException} listing every conflict. */
    public static SsdExtract merge(List<SsdExtract> sources) {
        Objects.requireNonNull(sources, "sources");
        List<Source> undated = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            undated.add(Source.of("source " + (i + 1), 0, sources.get(i)));
        }
        return mergeSources(undated).extract();
    }

    /**
     * One source of a merge.
     *
     * @param name        the file or folder it came from (findings and the report name it)
     * @param year        its collection year (the census {@code Year}, e.g. 2020 for 2019/20), 0 when it has none
     * @param extract     its records
     * @param recordYears the year of individual records, overriding {@code year} (the folder's {@link #YEARS_FILE}),
     *                    keyed {@code table:record key}
     * @param reported    whether the import report lists it (the folder's own content is not)
     */
    public record Source(String name, int year, SsdExtract extract, Map<String, Integer> recordYears,
                         boolean reported) {
        public Source {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(extract, "extract");
            recordYears = Map.copyOf(recordYears);
            if (year < 0) {
                throw new IllegalArgumentException("year cannot be negative: " + year);
            }
        }

        /** A file or folder being imported. */
        public static Source of(String name, int year, SsdExtract extract) {
            return new Source(name, year, extract, Map.of(), true);
        }

        /** What the output folder already holds, with the years its records came from. */
        public static Source existing(String name, SsdExtract extract, Map<String, Integer> recordYears) {
            return new Source(name, 0, extract, recordYears, false);
        }

        int yearOf(String table, String key) {
            return recordYears.getOrDefault(table + ':' + key, year);
        }
    }

    /**
     * A merge's outcome.
     *
     * @param extract     the merged records
     * @param report      what each reported source added, updated, left unchanged or could not override
     * @param recordYears the collection year each dated record now holds ({@code table:key}), for {@link #YEARS_FILE}
     */
    public record Merged(SsdExtract extract, ImportReport report, Map<String, Integer> recordYears) {
    }

    /** The file in an evaluation input folder that remembers the collection year of each dated record. */
    public static final String YEARS_FILE = "import_record_years.csv";

    /**
     * Merges the sources: a record (a person by child id, a referral, CIN or CP plan by id, a care period by child and
     * start) that two sources give differently is taken from the later collection year; from an earlier year it is
     * kept newer (not applied); from the same year, or when either has no year, it is a {@code conflicting-person} /
     * {@code conflicting-record} finding. Throws {@link InvalidExtractException} listing every finding.
     */
    public static Merged mergeSources(List<Source> sources) {
        Objects.requireNonNull(sources, "sources");
        for (Source source : sources) {
            // A pseudonymised extract has ages at referral instead of dates of birth and keyed
            // pseudonyms instead of the council's identifiers: it cannot be matched to other returns.
            source.extract().people().stream().filter(p -> p.dateOfBirth() == null).findFirst().ifPresent(p -> {
                throw new IllegalArgumentException(source.name() + ": child " + p.personId() + " has no date of birth: "
                        + "a pseudonymised extract cannot be merged with other returns; import the identifiable "
                        + "returns first, then run 'rightbalance pseudonymise' on the result");
            });
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> years = new TreeMap<>();
        Map<String, Map<String, ImportReport.Counts>> counts = new LinkedHashMap<>();
        Keyed<Person> people = new Keyed<>("person", "pers_person_id", Person::personId, ExtractMerger::samePerson,
                ExtractMerger::fill, MergeRule.CONFLICTING_PERSON);
        Keyed<Referral> referrals = new Keyed<>("referral", "cine_referral_id", Referral::referralId, Objects::equals,
                (kept, other) -> kept, MergeRule.CONFLICTING_RECORD);
        Keyed<CinPlan> cinPlans = new Keyed<>("cin_plan", "cinp_cin_plan_id", CinPlan::planId, Objects::equals,
                (kept, other) -> kept, MergeRule.CONFLICTING_RECORD);
        Keyed<ChildProtectionPlan> cpPlans = new Keyed<>("cp_plan", "cppl_cp_plan_id", ChildProtectionPlan::planId,
                Objects::equals, (kept, other) -> kept, MergeRule.CONFLICTING_RECORD);
        Keyed<CareEpisode> care = new Keyed<>("care_episode", "clae_cla_episode_ceased_date",
                e -> e.personId() + '/' + e.start(), (a, b) -> Objects.equals(a.ceased(), b.ceased()),
                (kept, other) -> kept, MergeRule.CONFLICTING_RECORD);
        for (Source s : sources) {
            Map<String, ImportReport.Counts> mine = new TreeMap<>();
            people.add(s, s.extract().people(), mine, findings);
            referrals.add(s, s.extract().referrals(), mine, findings);
            cinPlans.add(s, s.extract().cinPlans(), mine, findings);
            cpPlans.add(s, s.extract().cpPlans(), mine, findings);
            care.add(s, s.extract().careEpisodes(), mine, findings);
            if (s.reported()) {
                counts.merge(s.name(), mine, (a, b) -> b);
            }
        }
        List<FamilyMembership> families = distinct(sources, SsdExtract::families,
                Comparator.comparing(FamilyMembership::familyId).thenComparing(FamilyMembership::personId));
        List<ProgrammeParticipation> participation = distinct(sources, SsdExtract::participation,
                Comparator.comparing(ProgrammeParticipation::personId)
                        .thenComparing(ProgrammeParticipation::start)
                        .thenComparing(ProgrammeParticipation::programme)
                        .thenComparing(p -> p.referralId() == null ? "" : p.referralId())
                        .thenComparing(p -> String.valueOf(p.end())));
        if (!findings.isEmpty()) {
            Map<String, Long> byRule = new TreeMap<>();
            findings.forEach(f -> byRule.merge(f.rule(), 1L, Long::sum));
            throw new InvalidExtractException(new ValidationReport(ValidationPolicy.STOP, findings.size(), byRule,
                    findings.subList(0, Math.min(findings.size(), ValidationReport.STORED_FINDINGS)), List.of(),
                    List.of()));
        }
        for (Keyed<?> k : List.of(people, referrals, cinPlans, cpPlans, care)) {
            k.years(years);
        }
        List<ImportReport.SourceCounts> reported = new ArrayList<>();
        for (Source s : sources) {
            if (s.reported()) {
                reported.add(new ImportReport.SourceCounts(s.name(), s.year(), counts.get(s.name())));
            }
        }
        SsdExtract merged = new SsdExtract(people.rows(), families, referrals.rows(), cinPlans.rows(), cpPlans.rows(),
                care.rows(), participation);
        return new Merged(merged, new ImportReport(reported), years);
    }

    private static boolean samePerson(Person a, Person b) {
        return a.dateOfBirth().equals(b.dateOfBirth())
                && (a.sex() == b.sex() || a.sex() == Sex.UNKNOWN || b.sex() == Sex.UNKNOWN);
    }

    /** {@code kept}'s values, with what it lacks (unknown sex, empty ethnicity or nationality) from {@code other}. */
    private static Person fill(Person kept, Person other) {
        return new Person(kept.personId(), kept.sex() == Sex.UNKNOWN ? other.sex() : kept.sex(),
                kept.ethnicity().isEmpty() ? other.ethnicity() : kept.ethnicity(), kept.dateOfBirth(),
                kept.nationality().isEmpty() ? other.nationality() : kept.nationality());
    }

    /** One table's records by key, each with the collection year and source it came from. */
    private static final class Keyed<T> {
        private final String table;
        private final String column;
        private final Function<T, String> key;
        private final java.util.function.BiPredicate<T, T> same;
        private final java.util.function.BinaryOperator<T> fill;
        private final MergeRule rule;
        private final Map<String, T> rows = new TreeMap<>();
        private final Map<String, Integer> years = new HashMap<>();
        private final Map<String, String> from = new HashMap<>();

        Keyed(String table, String column, Function<T, String> key, java.util.function.BiPredicate<T, T> same,
              java.util.function.BinaryOperator<T> fill, MergeRule rule) {
            this.table = table;
            this.column = column;
            this.key = key;
            this.same = same;
            this.fill = fill;
            this.rule = rule;
        }

        void add(Source s, List<T> incoming, Map<String, ImportReport.Counts> counts, List<Finding> findings) {
            for (T row : incoming) {
                String k = key.apply(row);
                int year = s.yearOf(table, k);
                T old = rows.get(k);
                ImportReport.Outcome outcome;
                if (old == null) {
                    rows.put(k, row);
                    years.put(k, year);
                    from.put(k, s.name());
                    outcome = ImportReport.Outcome.ADDED;
                } else {
                    int oldYear = years.get(k);
                    if (same.test(old, row)) {
                        T merged = fill.apply(old, row);
                        outcome = merged.equals(old) ? ImportReport.Outcome.UNCHANGED : ImportReport.Outcome.UPDATED;
                        rows.put(k, merged);
                        years.put(k, Math.max(year, oldYear));
                    } else if (year > 0 && oldYear > 0 && year != oldYear) {
                        if (year > oldYear) {
                            rows.put(k, fill.apply(row, old));
                            years.put(k, year);
                            from.put(k, s.name());
                            outcome = ImportReport.Outcome.UPDATED;
                        } else {
                            outcome = ImportReport.Outcome.KEPT_NEWER;
                        }
                    } else {
                        findings.add(new Finding(s.name(), 0, k, column, rule.id(), table.replace('_', ' ') + " " + k
                                + " differs between " + describe(from.get(k), oldYear) + " (" + old + ") and "
                                + describe(s.name(), year) + " (" + row + "); sources of the same collection year, or "
                                + "without one, must agree: correct one of them, or import the later year's return"));
                        continue;
                    }
                }
                counts.merge(table, new ImportReport.Counts(0, 0, 0, 0).plus(outcome),
                        (a, b) -> new ImportReport.Counts(a.added() + b.added(), a.updated() + b.updated(),
                                a.unchanged() + b.unchanged(), a.keptNewer() + b.keptNewer()));
            }
        }

        private static String describe(String source, int year) {
            return year == 0 ? source : source + " (year " + year + ")";
        }

        List<T> rows() {
            return new ArrayList<>(rows.values());
        }

        void years(Map<String, Integer> out) {
            years.forEach((k, y) -> {
                if (y > 0) {
                    out.put(table + ':' + k, y);
                }
            });
        }
    }

    /**
     * Merges {@code sources}, writes the result as SSD CSV files into a temporary folder next to
     * {@code output}, reads it back with {@link SsdReader} (policy STOP), and only when that succeeds
     * replaces {@code output} (its whole content) with it. On any failure {@code output} is as it was
     * and the exception ({@link InvalidDataException} or {@link UncheckedIOException}) says why.
     */
    public static SsdReadResult importInto(Path output, List<SsdExtract> sources) {
        List<Source> undated = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            undated.add(Source.of("source " + (i + 1), 0, sources.get(i)));
        }
        return importSources(output, undated).read();
    }

    /**
     * What an import wrote.
     *
     * @param read   the output folder's content, as {@link SsdReader} read it back; null when the import streamed
     *               (a single CIN census file into a folder without an extract, see {@link Importer#run}), which
     *               keeps no records: read the folder when the records are needed
     * @param report what each source added, updated, left unchanged or could not override
     * @param totals how many records of each table the folder holds
     */
    public record Imported(SsdReadResult read, ImportReport report, Totals totals) {
        public Imported {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(totals, "totals");
        }

        /** What the in-memory path wrote and read back. */
        public Imported(SsdReadResult read, ImportReport report) {
            this(read, report, Totals.of(read.extract()));
        }
    }

    /** How many records of each table the output folder holds after an import. */
    public record Totals(long people, long referrals, long cinPlans, long cpPlans, long careEpisodes,
                         long participation) {
        static Totals of(SsdExtract e) {
            return new Totals(e.people().size(), e.referrals().size(), e.cinPlans().size(), e.cpPlans().size(),
                    e.careEpisodes().size(), e.participation().size());
        }
    }

    /**
     * As {@link #importInto(Path, List)}, for sources with collection years ({@link #mergeSources}); the years of
     * dated records are written to {@link #YEARS_FILE} in the folder (absent when there are none), so a later import
     * knows which year each record came from.
     */
    public static Imported importSources(Path output, List<Source> sources) {
        Merged merged = mergeSources(sources);
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path staging = parent.resolve("." + name + ".importing");
        Path old = parent.resolve("." + name + ".replaced");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            SsdExtractWriter.write(merged.extract(), staging);
            writeYears(merged.recordYears(), staging.resolve(YEARS_FILE));
            SsdReadResult result;
            try {
                result = SsdReader.read(staging, ValidationPolicy.STOP);
            } catch (InvalidDataException e) {
                deleteTree(staging);
                throw e;
            }
            replace(target, staging, old);
            return new Imported(result, merged.report());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void writeYears(Map<String, Integer> years, Path file) throws IOException {
        if (years.isEmpty()) {
            return;
        }
        try (var w = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            w.write("table,record_key,collection_year\n");
            for (Map.Entry<String, Integer> e : new TreeMap<>(years).entrySet()) {
                int colon = e.getKey().indexOf(':');
                w.write(SsdExtractWriter.csvLine(List.of(e.getKey().substring(0, colon),
                        e.getKey().substring(colon + 1), Integer.toString(e.getValue()))));
            }
        }
    }

    /**
     * The years {@link #importSources} wrote into {@code folder} ({@code table:record key} to year); empty when the
     * folder has no {@link #YEARS_FILE}. A line that is not {@code table,key,year} is an {@link UncheckedIOException}
     * naming the file and line.
     */
    public static Map<String, Integer> readYears(Path folder) {
        Path file = folder.resolve(YEARS_FILE);
        if (!Files.exists(file)) {
            return Map.of();
        }
        Map<String, Integer> out = new HashMap<>();
        // a CSV file: a key holding a comma or a quote is quoted (SsdExtractWriter.csvLine)
        try (var reader = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8);
             var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(reader)) {
            for (var record : csv) {
                if (record.getStartingLineNumber() == 1) {
                    continue;
                }
                List<String> f = record.getFields();
                if (f.size() != 3 || f.get(0).isEmpty()) {
                    throw new java.io.IOException("line " + record.getStartingLineNumber()
                            + " is not table,record_key,collection_year");
                }
                try {
                    out.put(f.get(0) + ':' + f.get(1), Integer.parseInt(f.get(2)));
                } catch (NumberFormatException e) {
                    throw new java.io.IOException("line " + record.getStartingLineNumber() + ": collection year '"
                            + f.get(2) + "' is not a number");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (UncheckedIOException | de.siegmar.fastcsv.reader.CsvParseException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(),
                    e instanceof UncheckedIOException u ? u.getCause() : new IOException(e.getMessage(), e));
        }
        return out;
    }

    /** Reads the SSD folder and the SSDA903 return (a folder of CSV tables or an .xml file) and imports both. */
    public static SsdReadResult importSsda903(Path ssdFolder, Path ssda903, Path output) {
        SsdExtract ssd = SsdReader.read(ssdFolder, ValidationPolicy.STOP).extract();
        return importInto(output, List.of(ssd, asExtract(Ssda903Reader.read(ssda903))));
    }

    /** A return as an extract of people and care episodes (its periods of care) only. */
    public static SsdExtract asExtract(Ssda903Return r) {
        return new SsdExtract(r.people(), List.of(), List.of(), List.of(), List.of(), r.carePeriods(), List.of());
    }

    /**
     * Puts the finished {@code staging} folder in the place of {@code target}: the old folder is moved aside to {@code
     * old} first and deleted last, so at every moment one complete folder is in place or can be moved back.
     */
    static void replace(Path target, Path staging, Path old) throws IOException {
        deleteTree(old);
        if (Files.exists(target)) {
            move(target, old);
        }
        move(staging, target);
        deleteTree(old);
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static <T> List<T> distinct(List<Source> sources, Function<SsdExtract, List<T>> rows,
                                        Comparator<T> order) {
        Map<T, T> seen = new LinkedHashMap<>();
        for (Source s : sources) {
            for (T row : rows.apply(s.extract())) {
                seen.putIfAbsent(row, row);
            }
        }
        List<T> out = new ArrayList<>(seen.values());
        out.sort(order);
        return out;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
