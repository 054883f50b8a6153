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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Combines several extracts of one council (e.g. people, referrals and plans from an SSD folder, care
 * episodes from an SSDA903 return) into one evaluation input, keyed by the council's child identifier.
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
 * <p>Every list is sorted (by id, or child and date), so the same sources in any order give the same
 * extract and the same bytes. {@link #importInto} is all or nothing.
 */
public final class ExtractMerger {

    /** The file name findings of a merge carry. */
    public static final String MERGE = "merge";

    private ExtractMerger() {
    }

    /** The merged extract; throws {@link InvalidExtractException} listing every conflict. */
    public static SsdExtract merge(List<SsdExtract> sources) {
        Objects.requireNonNull(sources, "sources");
        List<Finding> findings = new ArrayList<>();
        Map<String, Person> people = new TreeMap<>();
        for (SsdExtract s : sources) {
            for (Person p : s.people()) {
                Person old = people.get(p.personId());
                if (old == null) {
                    people.put(p.personId(), p);
                    continue;
                }
                if (!old.dateOfBirth().equals(p.dateOfBirth())) {
                    findings.add(new Finding(MERGE, 0, p.personId(), "pers_dob", MergeRule.CONFLICTING_PERSON.id(),
                            "child " + p.personId() + " is born " + old.dateOfBirth() + " in one source and "
                                    + p.dateOfBirth() + " in another"));
                    continue;
                }
                var sex = old.sex();
                if (sex != p.sex()) {
                    if (sex == org.rightbalance.evaluation.ssd.Sex.UNKNOWN) {
                        sex = p.sex();
                    } else if (p.sex() != org.rightbalance.evaluation.ssd.Sex.UNKNOWN) {
                        findings.add(new Finding(MERGE, 0, p.personId(), "pers_sex",
                                MergeRule.CONFLICTING_PERSON.id(), "child " + p.personId() + " has sex "
                                + old.sex().code() + " in one source and " + p.sex().code() + " in another"));
                        continue;
                    }
                }
                people.put(p.personId(), new Person(p.personId(), sex,
                        old.ethnicity().isEmpty() ? p.ethnicity() : old.ethnicity(), old.dateOfBirth(),
                        old.nationality().isEmpty() ? p.nationality() : old.nationality()));
            }
        }
        List<Referral> referrals = byId(sources, SsdExtract::referrals, Referral::referralId, "cine_referral_id",
                findings);
        List<CinPlan> cinPlans = byId(sources, SsdExtract::cinPlans, CinPlan::planId, "cinp_cin_plan_id", findings);
        List<ChildProtectionPlan> cpPlans = byId(sources, SsdExtract::cpPlans, ChildProtectionPlan::planId,
                "cppl_cp_plan_id", findings);
        Map<String, CareEpisode> care = new TreeMap<>();
        for (SsdExtract s : sources) {
            for (CareEpisode e : s.careEpisodes()) {
                String key = e.personId() + '\u0000' + e.start();
                CareEpisode old = care.putIfAbsent(key, e);
                if (old != null && !Objects.equals(old.ceased(), e.ceased())) {
                    findings.add(new Finding(MERGE, 0, e.personId(), "clae_cla_episode_ceased_date",
                            MergeRule.CONFLICTING_RECORD.id(), "child " + e.personId() + "'s care episode from "
                            + e.start() + " ceased " + old.ceased() + " in one source and " + e.ceased()
                            + " in another"));
                }
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
        return new SsdExtract(new ArrayList<>(people.values()), families, referrals, cinPlans, cpPlans,
                new ArrayList<>(care.values()), participation);
    }

    /**
     * Merges {@code sources}, writes the result as SSD CSV files into a temporary folder next to
     * {@code output}, reads it back with {@link SsdReader} (policy STOP), and only when that succeeds
     * replaces {@code output} (its whole content) with it. On any failure {@code output} is as it was
     * and the exception ({@link InvalidDataException} or {@link UncheckedIOException}) says why.
     */
    public static SsdReadResult importInto(Path output, List<SsdExtract> sources) {
        SsdExtract merged = merge(sources);
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path staging = parent.resolve("." + name + ".importing");
        Path old = parent.resolve("." + name + ".replaced");
        try {
            Files.createDirectories(parent);
            deleteTree(staging);
            SsdExtractWriter.write(merged, staging);
            SsdReadResult result;
            try {
                result = SsdReader.read(staging, ValidationPolicy.STOP);
            } catch (InvalidDataException e) {
                deleteTree(staging);
                throw e;
            }
            deleteTree(old);
            if (Files.exists(target)) {
                move(target, old);
            }
            move(staging, target);
            deleteTree(old);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
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

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static <T> List<T> byId(List<SsdExtract> sources, Function<SsdExtract, List<T>> rows,
                                    Function<T, String> id, String column, List<Finding> findings) {
        Map<String, T> out = new TreeMap<>();
        for (SsdExtract s : sources) {
            for (T row : rows.apply(s)) {
                T old = out.putIfAbsent(id.apply(row), row);
                if (old != null && !old.equals(row)) {
                    findings.add(new Finding(MERGE, 0, id.apply(row), column, MergeRule.CONFLICTING_RECORD.id(),
                            id.apply(row) + " is in two sources with different values: " + old + " and " + row));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static <T> List<T> distinct(List<SsdExtract> sources, Function<SsdExtract, List<T>> rows,
                                        Comparator<T> order) {
        Map<T, T> seen = new LinkedHashMap<>();
        for (SsdExtract s : sources) {
            for (T row : rows.apply(s)) {
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
