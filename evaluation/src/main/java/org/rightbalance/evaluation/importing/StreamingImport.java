package org.rightbalance.evaluation.importing;

import org.rightbalance.evaluation.importing.cin.CinCensusReader;
import org.rightbalance.evaluation.importing.cin.CinHeader;
import org.rightbalance.evaluation.importing.ssda903.Ssda903Reader;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.Finding;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdCodes;
import org.rightbalance.evaluation.ssd.SsdDates;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.ssd.ValidationReport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * An import ({@link Importer#run}) child by child, with memory that does not grow with the files or with the output
 * folder: each source's records are regrouped by child through run files ({@link ChildRows}), the sources are walked
 * together in child id order, and each child's records from every source are merged by the very code the in-memory
 * path runs over everything, {@link ExtractMerger#mergeSources} (the same collection-year rules, the same counts, the
 * same findings). The merged rows go to one {@link SortedRows} per table and are written in key order into a staging
 * folder, which then replaces the output folder, as {@link ExtractMerger#importSources} does.
 *
 * <p><b>Why merging child by child is merging everything.</b> The merger matches records by key: a person by child
 * id, a care episode by child and start, a referral or plan by its id. Every record names its child, so two records
 * with one key are in one child's group, except a referral or plan id given to two different children; that id would
 * be written twice, which the write notices ({@link DuplicateKey}), and the import takes the in-memory path, which
 * reports it. Families and participation are merged as identical rows, which are also one child's.
 *
 * <p><b>Same bytes.</b> The tables are written in the merger's order ({@link SsdTable#key}), each line as {@link
 * SsdExtractWriter} formats it, the years file as {@code table:key} in order; {@code StreamingImportTest} compares
 * both paths byte for byte.
 *
 * <p><b>Why the result is a valid SSD extract without reading it back.</b> The in-memory path reads the staging
 * folder with {@link SsdReader} (policy STOP). Here every merged child is vouched for ({@link #vouch}), against each
 * rule {@link SsdReader} applies, on the values as it will see them (stripped CSV fields): ids and required values
 * present and without surrounding blanks, codes in their lists, dates within 1900–2099, ends not before starts, a
 * close date with its reason, every row's person present, a plan's or participation's referral one of the child's own,
 * ids unique within the child and, through the write, across children, one family per child. The file-level rules
 * (files, headers, UTF-8, CSV syntax, field counts) hold by construction. A child that cannot be vouched for makes
 * {@link #run} return empty, leaving the output folder as it was, and the caller takes the in-memory path.
 *
 * <p><b>Sources.</b> A CIN census file is streamed ({@link CinCensusReader#stream}); the output folder's extract is
 * read row by row when an import wrote it ({@link ImportedFolder}; any other folder is read by the in-memory path); an
 * SSD extract or an SSDA903 return is read whole, as its own rules need, then regrouped. One census file into a folder
 * without an extract needs no regrouping: its children are merged as the file gives them.
 *
 * <p><b>Memory.</b> The census reader's set of child ids, one child's records, and {@code budgetChars} characters of
 * rows per {@link SortedRows} (a source each and a table each) before they spill to run files.
 */
final class StreamingImport {

    /** Characters of rows each sorter holds before sorting them into a run file. */
    static final long BUDGET_CHARS = 4_000_000;

    /** A table written twice with one key: two children share a referral or plan id. */
    private static final class DuplicateKey extends IOException {
        DuplicateKey(String message) {
            super(message, null);
        }
    }

    /** One source of the merge: its records by child ({@code rows}), its name and collection year. */
    private record Input(String name, int year, ChildRows rows, boolean existing) {
    }

    private final Map<SsdTable, SortedRows> tables = new EnumMap<>(SsdTable.class);
    private final Map<String, Map<String, ImportReport.Counts>> counts = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Long> findingsByRule = new TreeMap<>();
    private long findingCount;
    private boolean vouched = true;

    private StreamingImport(Path runs, long budget) {
        for (SsdTable t : SsdTable.ALL) {
            tables.put(t, new SortedRows(runs, "out-" + t.name(), budget));
        }
    }

    /** As {@link #run(Importer.Request, long)} with {@link #BUDGET_CHARS}. */
    static Optional<ExtractMerger.Imported> run(Importer.Request request) {
        return run(request, BUDGET_CHARS);
    }

    /**
     * Imports {@code request}: returns what the in-memory path returns, but with no {@code read} (use the totals);
     * throws what it throws for a file that breaks a rule ({@code CinCensusException}, {@link InvalidExtractException},
     * ...), with the output folder as it was; returns empty, again with the folder as it was, when the import cannot
     * be streamed (see the class comment).
     */
    static Optional<ExtractMerger.Imported> run(Importer.Request request, long budgetChars) {
        Path target = request.out().toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path staging = parent.resolve("." + name + ".importing");
        Path old = parent.resolve("." + name + ".replaced");
        Path runs = parent.resolve("." + name + ".sorting");
        boolean done = false;
        try {
            Files.createDirectories(parent);
            ExtractMerger.deleteTree(staging);
            ExtractMerger.deleteTree(runs);
            Files.createDirectories(runs);
            StreamingImport in = new StreamingImport(runs, budgetChars);
            List<Input> inputs = new ArrayList<>();
            boolean existing = ImportedFolder.holdsExtract(target);
            if (!existing && request.files().size() == 1 && request.format() == Importer.Format.CIN_CENSUS) {
                inputs.add(in.censusAsItComes(request.files().get(0)));
            } else {
                if (existing) {
                    ChildRows rows = new ChildRows(runs, "existing", budgetChars);
                    try {
                        ImportedFolder.readInto(target, rows);
                    } catch (ImportedFolder.NotImported e) {
                        return Optional.empty();
                    }
                    inputs.add(new Input(request.out().toString(), 0, rows, true));
                }
                for (int i = 0; i < request.files().size(); i++) {
                    Optional<Input> source = read(request.format(), request.files().get(i),
                            new ChildRows(runs, "source-" + i, budgetChars));
                    if (source.isEmpty()) {
                        return Optional.empty();
                    }
                    inputs.add(source.get());
                }
                in.mergeByChild(inputs);
            }
            if (in.findingCount > 0) {
                throw new InvalidExtractException(new ValidationReport(ValidationPolicy.STOP, in.findingCount,
                        in.findingsByRule, in.findings, List.of(), List.of()));
            }
            if (!in.vouched) {
                return Optional.empty();
            }
            Files.createDirectories(staging);
            try {
                in.write(staging);
            } catch (DuplicateKey e) {
                return Optional.empty();
            }
            ExtractMerger.deleteTree(runs);
            ExtractMerger.replace(target, staging, old);
            done = true;
            return Optional.of(new ExtractMerger.Imported(null, in.report(inputs), in.totals()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                quietlyDelete(staging);
            }
            quietlyDelete(runs);
        }
    }

    private static void quietlyDelete(Path folder) {
        try {
            ExtractMerger.deleteTree(folder);
        } catch (IOException e) {
            // the first problem is the one reported; a leftover folder is cleared by the next import
        }
    }

    /** Reads one file into {@code rows}; empty when it must take the in-memory path. */
    private static Optional<Input> read(Importer.Format format, Path file, ChildRows rows) throws IOException {
        String name = file.toString();
        switch (format) {
            case CIN_CENSUS -> {
                IOException[] failed = new IOException[1];
                CinHeader header = CinCensusReader.stream(file, (person, refs, cin, cp) -> {
                    if (failed[0] != null || person == null) {
                        return; // a child without a person has a finding: the reader throws at the end
                    }
                    try {
                        rows.add(SsdTable.PERSON, person, 0);
                        for (Referral r : refs) {
                            rows.add(SsdTable.REFERRAL, r, 0);
                        }
                        for (CinPlan p : cin) {
                            rows.add(SsdTable.CIN_PLAN, p, 0);
                        }
                        for (ChildProtectionPlan p : cp) {
                            rows.add(SsdTable.CP_PLAN, p, 0);
                        }
                    } catch (IOException e) {
                        failed[0] = e;
                    } catch (IllegalArgumentException e) {
                        failed[0] = new DuplicateKey(e.getMessage());
                    }
                }).header();
                if (failed[0] instanceof DuplicateKey) {
                    return Optional.empty();
                }
                if (failed[0] != null) {
                    throw failed[0];
                }
                return Optional.of(new Input(name, header.year(), rows, false));
            }
            case SSD -> {
                SsdExtract x = SsdReader.read(file, ValidationPolicy.STOP).extract();
                if (x.people().stream().anyMatch(p -> p.dateOfBirth() == null)) {
                    return Optional.empty(); // pseudonymised: the in-memory path explains why it cannot be merged
                }
                return addAll(x, rows) ? Optional.of(new Input(name, 0, rows, false)) : Optional.empty();
            }
            case SSDA903 -> {
                SsdExtract x = ExtractMerger.asExtract(Ssda903Reader.read(file));
                return addAll(x, rows) ? Optional.of(new Input(name, 0, rows, false)) : Optional.empty();
            }
            default -> throw new IllegalStateException("unknown format " + format);
        }
    }

    private static boolean addAll(SsdExtract x, ChildRows rows) throws IOException {
        try {
            rows.addAll(x);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** One census file and nothing else: each child is merged as the file gives it, with no regrouping. */
    private Input censusAsItComes(Path file) throws IOException {
        String name = file.toString();
        int[] year = new int[1];
        Exception[] failed = new Exception[1];
        CinHeader header = CinCensusReader.stream(file, new CinCensusReader.ChildSink() {
            @Override
            public void header(CinHeader h) {
                year[0] = h.year();
            }

            @Override
            public void child(Person person, List<Referral> refs, List<CinPlan> cin, List<ChildProtectionPlan> cp) {
                if (failed[0] != null || person == null) {
                    return;
                }
                try {
                    mergeChild(List.of(ExtractMerger.Source.of(name, year[0], new SsdExtract(List.of(person),
                            List.of(), refs, cin, cp, List.of(), List.of()))));
                } catch (IOException | RuntimeException e) {
                    failed[0] = e; // a sink must not throw: the reader would call the file damaged
                }
            }
        }).header();
        if (failed[0] instanceof IOException e) {
            throw e;
        }
        if (failed[0] instanceof RuntimeException e) {
            throw e;
        }
        return new Input(name, header.year(), null, false);
    }

    /** Walks the inputs together, child by child in id order, merging each child's records from every input. */
    private void mergeByChild(List<Input> inputs) throws IOException {
        List<ChildRows.Groups> groups = new ArrayList<>();
        try {
            for (Input input : inputs) {
                groups.add(input.rows().groups());
            }
            while (true) {
                String child = null;
                for (ChildRows.Groups g : groups) {
                    String next = g.peek();
                    if (next != null && (child == null || next.compareTo(child) < 0)) {
                        child = next;
                    }
                }
                if (child == null) {
                    return;
                }
                List<ExtractMerger.Source> sources = new ArrayList<>(inputs.size());
                for (int i = 0; i < inputs.size(); i++) {
                    if (!child.equals(groups.get(i).peek())) {
                        continue;
                    }
                    ChildRows.Group g = groups.get(i).next();
                    Input input = inputs.get(i);
                    sources.add(input.existing()
                            ? ExtractMerger.Source.existing(input.name(), g.records(), g.years())
                            : ExtractMerger.Source.of(input.name(), input.year(), g.records()));
                }
                mergeChild(sources);
            }
        } finally {
            for (ChildRows.Groups g : groups) {
                g.close();
            }
        }
    }

    /** Merges one child's records from each source that has any, and keeps the result or the findings. */
    private void mergeChild(List<ExtractMerger.Source> sources) throws IOException {
        ExtractMerger.Merged merged;
        try {
            merged = ExtractMerger.mergeSources(sources);
        } catch (InvalidExtractException e) {
            findingCount += e.report().problemCount();
            e.report().problemsByRule().forEach((rule, n) -> findingsByRule.merge(rule, n, Long::sum));
            for (Finding f : e.report().findings()) {
                if (findings.size() < ValidationReport.STORED_FINDINGS) {
                    findings.add(f);
                }
            }
            return;
        }
        for (ImportReport.SourceCounts s : merged.report().sources()) {
            Map<String, ImportReport.Counts> mine = counts.computeIfAbsent(s.source(), k -> new TreeMap<>());
            s.tables().forEach((table, c) -> mine.merge(table, c, StreamingImport::sum));
        }
        if (!vouched || findingCount > 0) {
            return; // nothing will be written: no need to keep the rows
        }
        SsdExtract x = merged.extract();
        if (vouch(x) != null) {
            vouched = false;
            return;
        }
        for (SsdTable t : SsdTable.ALL) {
            SortedRows out = tables.get(t);
            for (Object record : t.rows(x)) {
                String key = t.key(record);
                // a keyed table's row carries its collection year (0: none) ahead of its line, for the years file
                String line = SsdExtractWriter.csvLine(t.fields(record));
                out.add(key, t.yearsName() == null ? line
                        : merged.recordYears().getOrDefault(t.yearsName() + ':' + key, 0) + "\t" + line);
            }
        }
    }

    private static ImportReport.Counts sum(ImportReport.Counts a, ImportReport.Counts b) {
        return new ImportReport.Counts(a.added() + b.added(), a.updated() + b.updated(),
                a.unchanged() + b.unchanged(), a.keptNewer() + b.keptNewer());
    }

    /**
     * Writes the tables, and the years file from the keyed tables' rows as they pass: the keyed tables in the order
     * of their names in that file (care_episode, cin_plan, cp_plan, person, referral), each in key order, give the
     * {@code table:key} order {@link ExtractMerger} writes it in.
     */
    private void write(Path staging) throws IOException {
        Path yearsFile = staging.resolve(ExtractMerger.YEARS_FILE);
        long dated = 0;
        try (BufferedWriter years = SsdExtractWriter.open(staging, ExtractMerger.YEARS_FILE,
                "table,record_key,collection_year")) {
            List<SsdTable> keyed = new ArrayList<>();
            for (SsdTable t : SsdTable.ALL) {
                if (t.yearsName() != null) {
                    keyed.add(t);
                }
            }
            keyed.sort(java.util.Comparator.comparing(SsdTable::yearsName));
            for (SsdTable t : keyed) {
                dated += writeTable(staging, t, years);
            }
        }
        if (dated == 0) {
            Files.delete(yearsFile);
        }
        for (SsdTable t : SsdTable.ALL) {
            if (t.yearsName() == null) {
                writeTable(staging, t, null);
            }
        }
    }

    /** Writes one table in key order; returns how many of its rows have a collection year (written to years). */
    private long writeTable(Path staging, SsdTable t, BufferedWriter years) throws IOException {
        long dated = 0;
        try (BufferedWriter w = SsdExtractWriter.open(staging, t.file(), t.header());
             SortedRows.Cursor rows = tables.get(t).cursor()) {
            String previous = null;
            for (SortedRows.Row r = rows.next(); r != null; r = rows.next()) {
                if (r.key().equals(previous)) {
                    throw new DuplicateKey(t.file() + ": two children have the id " + r.key());
                }
                previous = r.key();
                String line = r.line();
                if (years != null) {
                    int tab = line.indexOf('\t');
                    String year = line.substring(0, tab);
                    line = line.substring(tab + 1);
                    if (!year.equals("0")) {
                        years.write(SsdExtractWriter.csvLine(List.of(t.yearsName(), r.key(), year)));
                        dated++;
                    }
                }
                w.write(line);
            }
        }
        return dated;
    }

    private ImportReport report(List<Input> inputs) {
        List<ImportReport.SourceCounts> sources = new ArrayList<>();
        for (Input input : inputs) {
            if (!input.existing()) {
                sources.add(new ImportReport.SourceCounts(input.name(), input.year(),
                        counts.getOrDefault(input.name(), Map.of())));
            }
        }
        return new ImportReport(sources);
    }

    private ExtractMerger.Totals totals() {
        return new ExtractMerger.Totals(tables.get(SsdTable.PERSON).count(), tables.get(SsdTable.REFERRAL).count(),
                tables.get(SsdTable.CIN_PLAN).count(), tables.get(SsdTable.CP_PLAN).count(),
                tables.get(SsdTable.CARE_EPISODE).count(), tables.get(SsdTable.PARTICIPATION).count());
    }

    /** Why {@link SsdReader} (STOP) might not accept one merged child's records, or null when it will (class comment). */
    static String vouch(SsdExtract x) {
        try {
            return vouchOrWhy(x);
        } catch (RuntimeException e) {
            return "a record outside what the streaming import reasons about: " + e.getMessage();
        }
    }

    private static String vouchOrWhy(SsdExtract x) {
        if (x.people().size() != 1) {
            return x.people().isEmpty() ? "records of a child without a person row" : "a child twice";
        }
        Person person = x.people().get(0);
        String id = person.personId();
        if (!id(id) || Sex.fromCode(person.sex().code()).isEmpty()
                || !code(person.ethnicity(), SsdCodes.ethnicity(person.ethnicity()))
                || !date(person.dateOfBirth()) || !clean(person.nationality())) {
            return "person " + id;
        }
        Map<String, Referral> referrals = new LinkedHashMap<>();
        for (Referral r : x.referrals()) {
            boolean closed = r.closeDate() != null;
            if (!r.personId().equals(id) || !id(r.referralId()) || !date(r.referralDate())
                    || referrals.putIfAbsent(r.referralId(), r) != null
                    || !code(r.primaryNeedCode(), SsdCodes.primaryNeed(r.primaryNeedCode()))
                    || !code(r.referralSourceCode(), SsdCodes.referralSource(r.referralSourceCode()))
                    || !code(r.closeReason(), SsdCodes.closeReason(r.closeReason()))
                    || closed == r.closeReason().isEmpty()
                    || closed && (!date(r.closeDate()) || r.closeDate().isBefore(r.referralDate()))) {
                return "referral " + r.referralId();
            }
        }
        Set<String> ids = new HashSet<>();
        for (CinPlan p : x.cinPlans()) {
            if (!p.personId().equals(id) || !id(p.planId()) || !ids.add(p.planId())
                    || !referrals.containsKey(p.referralId()) || !span(p.start(), p.end())) {
                return "CIN plan " + p.planId();
            }
        }
        ids.clear();
        for (ChildProtectionPlan p : x.cpPlans()) {
            if (!p.personId().equals(id) || !id(p.planId()) || !ids.add(p.planId()) || !span(p.start(), p.end())) {
                return "CP plan " + p.planId();
            }
        }
        ids.clear();
        for (CareEpisode e : x.careEpisodes()) {
            if (!e.personId().equals(id) || !id(e.episodeId()) || !ids.add(e.episodeId())
                    || !span(e.start(), e.ceased())) {
                return "care episode " + e.episodeId();
            }
        }
        if (x.families().size() > 1) {
            return "child " + id + " in two families";
        }
        for (FamilyMembership f : x.families()) {
            if (!f.personId().equals(id) || !id(f.familyId())) {
                return "family " + f.familyId();
            }
        }
        for (ProgrammeParticipation p : x.participation()) {
            if (!p.personId().equals(id) || !id(p.programme()) || !span(p.start(), p.end())
                    || p.referralId() != null && (!clean(p.referralId()) || !referrals.containsKey(p.referralId()))) {
                return "participation of " + id;
            }
        }
        return null;
    }

    private static boolean id(String s) {
        return !s.isEmpty() && clean(s) && s.indexOf(SsdTable.KEY_SEPARATOR) < 0;
    }

    private static boolean clean(String s) {
        return s.equals(s.strip());
    }

    private static boolean code(String text, String canonical) {
        return text.isEmpty() || canonical != null && clean(text);
    }

    private static boolean date(LocalDate d) {
        return d != null && SsdDates.parse(d.toString()) != null && d.toString().length() == 10;
    }

    private static boolean span(LocalDate start, LocalDate end) {
        return date(start) && (end == null || date(end) && !end.isBefore(start));
    }
}
