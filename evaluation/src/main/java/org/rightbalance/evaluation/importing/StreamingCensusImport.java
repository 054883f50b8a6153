package org.rightbalance.evaluation.importing;

import org.rightbalance.evaluation.importing.cin.CinCensusException;
import org.rightbalance.evaluation.importing.cin.CinCensusReader;
import org.rightbalance.evaluation.importing.cin.CinCheck;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdCodes;
import org.rightbalance.evaluation.ssd.SsdDates;
import org.rightbalance.evaluation.ssd.SsdReader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Imports one CIN census file into an output folder that holds no extract yet, child by child, with memory that does
 * not grow with the file: {@link CinCensusReader#stream} applies the census rules (the same code as {@link
 * CinCensusReader#read}) one child at a time and hands over each child's records, whose CSV lines go to one {@link
 * SortedRows} per table; at the end the tables are written in key order into the staging folder, which then replaces
 * the output folder, exactly as {@link ExtractMerger#importSources} does.
 *
 * <p><b>Same bytes.</b> For one census file and no existing extract, the in-memory path merges a single source: every
 * record is {@code ADDED} (ids are unique, see below), the merged tables are the census records sorted by id (the
 * merger's {@code TreeMap}), written by {@link SsdExtractWriter}, and {@link ExtractMerger#YEARS_FILE} lists each
 * record as {@code table:key} in sorted order. This class writes the lines {@link SsdExtractWriter} formats for the
 * same records ({@code SsdExtractWriter.line}), sorted by the same ids with the same {@link String#compareTo}; the
 * years file is the sorted keys of {@code cin_plan}, {@code cp_plan}, {@code person} and {@code referral} one table
 * after the other, which is the sorted order of {@code table:key} because those table names are already in order and
 * end at the colon. The three tables a census does not give (families, care episodes, participation) are written with
 * their header only, as {@link SsdExtractWriter} writes empty lists.
 *
 * <p><b>Why the result is a valid SSD extract without reading it back.</b> The in-memory path reads the staging
 * folder with {@link SsdReader} (policy STOP) and fails on any finding. Here every record is vouched for as it
 * passes ({@link #vouch}), against each rule {@link SsdReader} applies to the person, referral, CIN plan and CP plan
 * files, on the values as {@link SsdReader} will see them (stripped CSV fields):
 * <ul>
 *   <li>missing-value, bad-code, bad-date: every id and required value is non-empty and has no surrounding blanks;
 *       sex, ethnicity, primary need, referral source and closure reason are empty or in their {@link SsdCodes} /
 *       {@link Sex} list; every date re-parses with {@link SsdDates#parse} (so it is within 1900–2099);</li>
 *   <li>end-before-start, close-date-without-reason, close-reason-without-date: checked as {@link SsdReader} does;</li>
 *   <li>unknown-person, plan-referral-mismatch: each child's referrals and plans name that child, whose person row is
 *       written, and each CIN plan names one of that child's referrals;</li>
 *   <li>duplicate-id: a person id is the census {@code LAchildID}, which the census rule {@code duplicate-child}
 *       already makes unique (and is stripped, so unique as read back); a referral id is verified to be
 *       {@code childId/referralDate} and a plan id {@code referralId/CIN/start} or {@code referralId/CP/start}, whose
 *       suffixes have a fixed length (dates within 1900–2099 print as 10 characters), so ids of different children
 *       differ; within a child, the referral ids and plan ids seen are kept in small per-child sets.</li>
 * </ul>
 * The file-level rules (missing file or column, UTF-8, CSV syntax, field counts) hold by construction: the seven files
 * and headers are those {@link SsdExtractWriter} writes, in UTF-8, each line from {@link SsdExtractWriter#csvLine}.
 * When a record cannot be vouched for (a case the census rules let through but this reasoning does not cover, such
 * as two CIN plans of one referral with the same start), {@link #run} returns empty and the caller takes the
 * in-memory path, which then behaves exactly as before. Memory: the census reader's set of child ids, one child's
 * records, and the rows {@link SortedRows} holds before spilling ({@link #BUDGET_CHARS} characters per table).
 */
final class StreamingCensusImport {

    /** Characters of rows each table holds before sorting them into a run file. */
    static final long BUDGET_CHARS = 4_000_000;

    private final SortedRows people;
    private final SortedRows referrals;
    private final SortedRows cinPlans;
    private final SortedRows cpPlans;
    private boolean vouched = true;
    private IOException failed;

    private StreamingCensusImport(Path runs, long budget) {
        people = new SortedRows(runs, "person", budget);
        referrals = new SortedRows(runs, "referral", budget);
        cinPlans = new SortedRows(runs, "cin_plan", budget);
        cpPlans = new SortedRows(runs, "cp_plan", budget);
    }

    /**
     * Imports {@code file} into {@code output}, which must hold no extract ({@code ssd_person.csv}); returns empty,
     * with {@code output} as it was, when a record cannot be vouched for (see the class comment), and throws the
     * {@link CinCensusException} {@link CinCensusReader#read} throws when the file breaks a census rule (again with
     * {@code output} as it was). The returned {@link ExtractMerger.Imported} has no {@code read}: use its totals.
     */
    static Optional<ExtractMerger.Imported> run(Path file, Path output) {
        return run(file, output, BUDGET_CHARS);
    }

    /** As {@link #run(Path, Path)}, each table holding {@code budgetChars} characters of rows before spilling. */
    static Optional<ExtractMerger.Imported> run(Path file, Path output, long budgetChars) {
        Path target = output.toAbsolutePath().normalize();
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
            StreamingCensusImport in = new StreamingCensusImport(runs, budgetChars);
            CinCheck check = CinCensusReader.stream(file, in::child);
            if (in.failed != null) {
                throw in.failed;
            }
            if (!in.vouched) {
                return Optional.empty();
            }
            int year = check.header().year();
            Files.createDirectories(staging);
            in.write(staging, year);
            ExtractMerger.deleteTree(runs);
            ExtractMerger.deleteTree(old);
            if (Files.exists(target)) {
                ExtractMerger.move(target, old);
            }
            ExtractMerger.move(staging, target);
            ExtractMerger.deleteTree(old);
            done = true;
            Map<String, ImportReport.Counts> tables = new TreeMap<>();
            in.count(tables, "person", in.people);
            in.count(tables, "referral", in.referrals);
            in.count(tables, "cin_plan", in.cinPlans);
            in.count(tables, "cp_plan", in.cpPlans);
            ImportReport report = new ImportReport(List.of(new ImportReport.SourceCounts(file.toString(), year,
                    tables)));
            return Optional.of(new ExtractMerger.Imported(null, report, new ExtractMerger.Totals(in.people.count(),
                    in.referrals.count(), in.cinPlans.count(), in.cpPlans.count(), 0, 0)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                try {
                    ExtractMerger.deleteTree(staging);
                } catch (IOException e) {
                    // the first problem is the one reported; a staging folder is cleared by the next import
                }
            }
            try {
                ExtractMerger.deleteTree(runs);
            } catch (IOException e) {
                // as above
            }
        }
    }

    private void count(Map<String, ImportReport.Counts> tables, String table, SortedRows rows) {
        if (rows.count() > 0) {
            tables.put(table, new ImportReport.Counts(rows.count(), 0, 0, 0));
        }
    }

    private void child(Person person, List<Referral> refs, List<CinPlan> cin, List<ChildProtectionPlan> cp) {
        if (!vouched || failed != null) {
            return;
        }
        boolean valid;
        try {
            valid = vouch(person, refs, cin, cp);
        } catch (RuntimeException e) {
            // a record outside what vouch reasons about: the in-memory path decides
            valid = false;
        }
        if (!valid) {
            vouched = false;
            return;
        }
        try {
            people.add(person.personId(), SsdExtractWriter.line(person));
            for (Referral r : refs) {
                referrals.add(r.referralId(), SsdExtractWriter.line(r));
            }
            for (CinPlan p : cin) {
                cinPlans.add(p.planId(), SsdExtractWriter.line(p));
            }
            for (ChildProtectionPlan p : cp) {
                cpPlans.add(p.planId(), SsdExtractWriter.line(p));
            }
        } catch (IOException e) {
            failed = e;
        }
    }

    /** Whether {@link SsdReader} (STOP) accepts these records, as the class comment explains. */
    static boolean vouch(Person person, List<Referral> refs, List<CinPlan> cin, List<ChildProtectionPlan> cp) {
        if (person == null) {
            return false;
        }
        String id = person.personId();
        if (!id(id) || Sex.fromCode(person.sex().code()).isEmpty()
                || !code(person.ethnicity(), SsdCodes.ethnicity(person.ethnicity()))
                || !date(person.dateOfBirth()) || !clean(person.nationality())) {
            return false;
        }
        Set<String> referralIds = new HashSet<>();
        for (Referral r : refs) {
            boolean closed = r.closeDate() != null;
            if (!r.personId().equals(id) || !date(r.referralDate())
                    || !r.referralId().equals(id + "/" + r.referralDate()) || !referralIds.add(r.referralId())
                    || !code(r.primaryNeedCode(), SsdCodes.primaryNeed(r.primaryNeedCode()))
                    || !code(r.referralSourceCode(), SsdCodes.referralSource(r.referralSourceCode()))
                    || !code(r.closeReason(), SsdCodes.closeReason(r.closeReason()))
                    || closed == r.closeReason().isEmpty()
                    || closed && (!date(r.closeDate()) || r.closeDate().isBefore(r.referralDate()))) {
                return false;
            }
        }
        Set<String> planIds = new HashSet<>();
        for (CinPlan p : cin) {
            if (!p.personId().equals(id) || !referralIds.contains(p.referralId()) || !span(p.start(), p.end())
                    || !p.planId().equals(p.referralId() + "/CIN/" + p.start()) || !planIds.add(p.planId())) {
                return false;
            }
        }
        for (ChildProtectionPlan p : cp) {
            if (!p.personId().equals(id) || !span(p.start(), p.end()) || !planIds.add(p.planId())
                    || !p.planId().endsWith("/CP/" + p.start())
                    || !referralIds.contains(p.planId().substring(0, p.planId().length() - 14))) {
                return false;
            }
        }
        return true;
    }

    private static boolean id(String s) {
        return !s.isEmpty() && clean(s);
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

    private void write(Path staging, int year) throws IOException {
        Path years = staging.resolve(".years.part");
        try (BufferedWriter y = Files.newBufferedWriter(years, StandardCharsets.UTF_8)) {
            // the years file lists table:key in sorted order: cin_plan < cp_plan < person < referral
            y.write("table,record_key,collection_year\n");
            table(staging, SsdReader.CIN_PLANS, SsdExtractWriter.CIN_PLAN_HEADER, cinPlans, y, "cin_plan", year);
            table(staging, SsdReader.CP_PLANS, SsdExtractWriter.CP_PLAN_HEADER, cpPlans, y, "cp_plan", year);
            table(staging, SsdReader.PERSON, SsdExtractWriter.PERSON_HEADER, people, y, "person", year);
            table(staging, SsdReader.CIN_EPISODES, SsdExtractWriter.REFERRAL_HEADER, referrals, y, "referral", year);
        }
        SsdExtractWriter.open(staging, SsdReader.FAMILY, SsdExtractWriter.FAMILY_HEADER).close();
        SsdExtractWriter.open(staging, SsdReader.CLA_EPISODES, SsdExtractWriter.CARE_HEADER).close();
        SsdExtractWriter.open(staging, SsdReader.PARTICIPATION, SsdExtractWriter.PARTICIPATION_HEADER).close();
        long records = people.count() + referrals.count() + cinPlans.count() + cpPlans.count();
        if (year > 0 && records > 0) {
            Files.move(years, staging.resolve(ExtractMerger.YEARS_FILE));
        } else {
            Files.delete(years);
        }
    }

    private static void table(Path staging, String file, String header, SortedRows rows, Writer years,
                              String table, int year) throws IOException {
        try (BufferedWriter w = SsdExtractWriter.open(staging, file, header)) {
            String suffix = Integer.toString(year);
            rows.writeTo(w, key -> {
                if (year > 0) {
                    years.write(SsdExtractWriter.csvLine(List.of(table, key, suffix)));
                }
            });
        }
    }
}
