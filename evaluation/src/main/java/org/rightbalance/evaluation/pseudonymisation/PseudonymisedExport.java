package org.rightbalance.evaluation.pseudonymisation;

import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReadResult;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.cohort.ChildProfile;
import org.rightbalance.stats.data.InvalidDataException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes an extract for evaluators: the same SSD layout ({@code docs/data-format.md}), on which the
 * evaluation gives the same results, with nothing that identifies a child (see
 * {@code docs/pseudonymisation.md}).
 *
 * <ul>
 *   <li>every person, family, referral, plan and care episode identifier is replaced by its
 *       {@link Pseudonymiser pseudonym};</li>
 *   <li>the date of birth is dropped; each referral carries the child's age in completed years at it
 *       ({@code cine_age_at_referral}), the only age the evaluation uses;</li>
 *   <li>nationality, free text, is reduced to the one category the report uses: {@code British} or
 *       empty (see {@link ChildProfile#isBritish});</li>
 *   <li>each file holds exactly the columns of {@link #COLUMNS}, an allow-list: a column the source
 *       gains later (a name, an address) is never copied, because nothing is copied by default.</li>
 * </ul>
 *
 * <p>The output folder is written all or nothing: into a staging folder beside it, read back with
 * {@link SsdReader} under {@link ValidationPolicy#STOP}, then moved into place. A folder that is not
 * empty is refused, so an export never mixes with, or overwrites, other data.
 */
public final class PseudonymisedExport {

    /** The only columns written, per file: the allow-list. */
    public static final Map<String, List<String>> COLUMNS;

    static {
        Map<String, List<String>> c = new LinkedHashMap<>();
        c.put(SsdReader.PERSON, List.of("pers_person_id", "pers_sex", "pers_ethnicity", "pers_nationality"));
        c.put(SsdReader.FAMILY, List.of("fami_family_id", "fami_person_id"));
        c.put(SsdReader.CIN_EPISODES, List.of("cine_referral_id", "cine_person_id", "cine_referral_date",
                SsdReader.AGE_AT_REFERRAL, "cine_cin_primary_need_code", "cine_referral_source_code",
                "cine_close_date", "cine_close_reason"));
        c.put(SsdReader.CIN_PLANS, List.of("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id",
                "cinp_cin_plan_start_date", "cinp_cin_plan_end_date"));
        c.put(SsdReader.CP_PLANS, List.of("cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date",
                "cppl_cp_plan_end_date"));
        c.put(SsdReader.CLA_EPISODES, List.of("clae_cla_episode_id", "clae_person_id",
                "clae_cla_episode_start_date", "clae_cla_episode_ceased_date"));
        c.put(SsdReader.PARTICIPATION, List.of("person_id", "referral_id", "programme", "start_date", "end_date"));
        COLUMNS = java.util.Collections.unmodifiableMap(c);
    }

    /** The nationality written for a British child; any other nationality is written empty. */
    public static final String BRITISH = "British";

    /**
     * What was written.
     *
     * <p>{@code people} to {@code participations} count the rows written to each file.
     *
     * @param folder                       the pseudonymised extract
     * @param childrenWithSameDayReferrals children with two referrals on one day: their order, and so which
     *                                     is the key referral, follows the referral ids, which pseudonyms
     *                                     change (see {@code docs/pseudonymisation.md})
     */
    public record Summary(Path folder, long people, long familyMemberships, long referrals, long cinPlans,
                          long cpPlans, long careEpisodes, long participations, long childrenWithSameDayReferrals) {
    }

    private PseudonymisedExport() {
    }

    /**
     * Reads the extract in {@code in} (validated under {@code policy}) and writes its pseudonymised form
     * to {@code out}, with the files {@code in} has (an absent optional file stays absent).
     *
     * @throws InvalidDataException     when {@code out} is not empty, or {@code in} is not a valid extract
     *                                  ({@link org.rightbalance.evaluation.ssd.InvalidExtractException})
     * @throws UncheckedIOException     when writing fails; {@code out} is then as it was
     */
    public static Summary write(Path in, Path out, PseudonymisationKey key, ValidationPolicy policy) {
        Objects.requireNonNull(in, "in");
        checkEmpty(out);
        SsdReadResult read = SsdReader.read(in, policy);
        Set<String> files = new HashSet<>();
        read.report().files().forEach(f -> {
            if (f.present()) {
                files.add(f.file());
            }
        });
        return write(read.extract(), files, out, key);
    }

    /**
     * Writes {@code extract} (a validated extract, e.g. built from the case-work database) pseudonymised
     * to {@code out}, every file of the layout.
     *
     * @throws InvalidDataException when {@code out} is not empty, a referral is dated more than a year
     *                              before the child's birth (no age at referral can be given), or two person
     *                              or family identifiers share a pseudonym under this key
     * @throws UncheckedIOException when writing fails; {@code out} is then as it was
     */
    public static Summary write(SsdExtract extract, Path out, PseudonymisationKey key) {
        return write(extract, new HashSet<>(SsdExtract.FILES), out, key);
    }

    private static Summary write(SsdExtract extract, Set<String> files, Path out, PseudonymisationKey key) {
        Objects.requireNonNull(extract, "extract");
        Objects.requireNonNull(key, "key");
        checkEmpty(out);
        Path target = out.toAbsolutePath().normalize();
        Path staging = target.resolveSibling("." + target.getFileName() + ".staging-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
            SsdExtract pseudonymised = pseudonymise(extract, key);
            new Writing(pseudonymised, staging, files).run();
            SsdReader.read(staging, ValidationPolicy.STOP);
            if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
            return new Summary(out, extract.people().size(), extract.families().size(), extract.referrals().size(),
                    extract.cinPlans().size(), extract.cpPlans().size(), extract.careEpisodes().size(),
                    extract.participation().size(), childrenWithSameDayReferrals(extract));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /** {@code out} must not exist, or be an empty folder. */
    private static void checkEmpty(Path out) {
        Objects.requireNonNull(out, "out");
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new InvalidDataException(out + ": is a file; give a new or empty folder for the pseudonymised extract");
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(out)) {
            if (s.iterator().hasNext()) {
                throw new InvalidDataException(out + ": the folder is not empty; give a new or empty folder "
                        + "(an export never mixes with or replaces other files)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the staging folder is hidden and named as such; a leftover is harmless and holds only pseudonyms
        }
    }

    /**
     * {@code extract} with every identifier replaced by its pseudonym, no date of birth, each referral's age
     * at referral given, and nationality reduced to {@value #BRITISH} or empty: the records the export
     * writes, for a caller (the case-work application) that evaluates in memory. Row order is kept.
     *
     * @throws InvalidDataException when a referral's child is not in the extract, has neither a date of birth
     *                              nor an age at the referral, or was born more than a year after it; or
     *                              when two person or family identifiers share a pseudonym under this key
     */
    public static SsdExtract pseudonymise(SsdExtract extract, PseudonymisationKey key) {
        Objects.requireNonNull(extract, "extract");
        Pseudonymiser p = new Pseudonymiser(Objects.requireNonNull(key, "key"));
        Map<String, Person> people = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        List<Person> persons = extract.people().stream().map(x -> {
            people.put(x.personId(), x);
            return new Person(unique(p, IdentifierKind.PERSON, x.personId(), seen), x.sex(), x.ethnicity(), null,
                    ChildProfile.isBritish(x.nationality()) ? BRITISH : "");
        }).toList();
        Map<String, String> seenFamilies = new HashMap<>();
        List<FamilyMembership> families = extract.families().stream().map(f -> new FamilyMembership(
                unique(p, IdentifierKind.FAMILY, f.familyId(), seenFamilies),
                p.pseudonym(IdentifierKind.PERSON, f.personId()))).toList();
        List<Referral> referrals = extract.referrals().stream().map(r -> new Referral(
                p.pseudonym(IdentifierKind.REFERRAL, r.referralId()), p.pseudonym(IdentifierKind.PERSON, r.personId()),
                r.referralDate(), r.primaryNeedCode(), r.referralSourceCode(), r.closeDate(), r.closeReason(),
                age(r, people.get(r.personId())))).toList();
        List<CinPlan> cinPlans = extract.cinPlans().stream().map(c -> new CinPlan(
                p.pseudonym(IdentifierKind.CIN_PLAN, c.planId()), p.pseudonym(IdentifierKind.REFERRAL, c.referralId()),
                p.pseudonym(IdentifierKind.PERSON, c.personId()), c.start(), c.end())).toList();
        List<ChildProtectionPlan> cpPlans = extract.cpPlans().stream().map(c -> new ChildProtectionPlan(
                p.pseudonym(IdentifierKind.CP_PLAN, c.planId()), p.pseudonym(IdentifierKind.PERSON, c.personId()),
                c.start(), c.end())).toList();
        List<CareEpisode> care = extract.careEpisodes().stream().map(e -> new CareEpisode(
                p.pseudonym(IdentifierKind.CARE_EPISODE, e.episodeId()), p.pseudonym(IdentifierKind.PERSON, e.personId()),
                e.start(), e.ceased())).toList();
        List<ProgrammeParticipation> participation = extract.participation().stream().map(x -> new ProgrammeParticipation(
                p.pseudonym(IdentifierKind.PERSON, x.personId()),
                x.referralId() == null ? null : p.pseudonym(IdentifierKind.REFERRAL, x.referralId()),
                x.programme(), x.start(), x.end())).toList();
        return new SsdExtract(persons, families, referrals, cinPlans, cpPlans, care, participation);
    }

    /**
     * The pseudonym of an id whose distinct values must stay distinct (persons, families): two ids with one
     * pseudonym would merge two children or two families without any rule noticing.
     */
    private static String unique(Pseudonymiser p, IdentifierKind kind, String id, Map<String, String> seen) {
        String pseudonym = p.pseudonym(kind, id);
        String before = seen.putIfAbsent(pseudonym, id);
        if (before != null && !before.equals(id)) {
            throw new InvalidDataException("two " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " identifiers have the same pseudonym under this key; export again with another key");
        }
        return pseudonym;
    }

    /** The child's age at the referral, from the recorded age or the date of birth. */
    private static int age(Referral r, Person child) {
        if (child == null) {
            throw new InvalidDataException("referral " + r.referralId() + " names person " + r.personId()
                    + ", who is not in the extract");
        }
        if (r.ageAtReferral() == null && child.dateOfBirth() == null) {
            throw new InvalidDataException("referral " + r.referralId() + ": person " + r.personId()
                    + " has no date of birth and the referral no age at referral");
        }
        int age = child.ageAt(r);
        if (age < 0 || age > Referral.MAX_AGE) {
            throw new InvalidDataException("referral " + r.referralId() + " of person " + r.personId()
                    + " is dated " + r.referralDate() + ", " + (age < 0 ? "more than a year before the child's birth"
                    : "more than " + Referral.MAX_AGE + " years after it") + "; correct the dates before pseudonymising");
        }
        return age;
    }

    /** Children with two referrals on one day (see {@link Summary#childrenWithSameDayReferrals}). */
    static long childrenWithSameDayReferrals(SsdExtract extract) {
        Map<String, Set<LocalDate>> days = new HashMap<>();
        Set<String> tied = new HashSet<>();
        for (Referral r : extract.referrals()) {
            if (!days.computeIfAbsent(r.personId(), k -> new HashSet<>(2)).add(r.referralDate())) {
                tied.add(r.personId());
            }
        }
        return tied.size();
    }

    /** Writes a pseudonymised extract's files, each with the columns of {@link #COLUMNS} and nothing else. */
    private static final class Writing {
        private final SsdExtract x;
        private final Path folder;
        private final Set<String> files;

        Writing(SsdExtract pseudonymised, Path folder, Set<String> files) {
            this.x = pseudonymised;
            this.folder = folder;
            this.files = files;
        }

        void run() throws IOException {
            try (Csv w = csv(SsdReader.PERSON)) {
                for (Person p : x.people()) {
                    w.row(p.personId(), p.sex().code(), p.ethnicity(), p.nationality());
                }
            }
            if (files.contains(SsdReader.FAMILY)) {
                try (Csv w = csv(SsdReader.FAMILY)) {
                    for (FamilyMembership f : x.families()) {
                        w.row(f.familyId(), f.personId());
                    }
                }
            }
            try (Csv w = csv(SsdReader.CIN_EPISODES)) {
                for (Referral r : x.referrals()) {
                    w.row(r.referralId(), r.personId(), date(r.referralDate()), String.valueOf(r.ageAtReferral()),
                            r.primaryNeedCode(), r.referralSourceCode(), date(r.closeDate()), r.closeReason());
                }
            }
            if (files.contains(SsdReader.CIN_PLANS)) {
                try (Csv w = csv(SsdReader.CIN_PLANS)) {
                    for (CinPlan p : x.cinPlans()) {
                        w.row(p.planId(), p.referralId(), p.personId(), date(p.start()), date(p.end()));
                    }
                }
            }
            if (files.contains(SsdReader.CP_PLANS)) {
                try (Csv w = csv(SsdReader.CP_PLANS)) {
                    for (ChildProtectionPlan p : x.cpPlans()) {
                        w.row(p.planId(), p.personId(), date(p.start()), date(p.end()));
                    }
                }
            }
            if (files.contains(SsdReader.CLA_EPISODES)) {
                try (Csv w = csv(SsdReader.CLA_EPISODES)) {
                    for (CareEpisode e : x.careEpisodes()) {
                        w.row(e.episodeId(), e.personId(), date(e.start()), date(e.ceased()));
                    }
                }
            }
            if (files.contains(SsdReader.PARTICIPATION)) {
                try (Csv w = csv(SsdReader.PARTICIPATION)) {
                    for (ProgrammeParticipation p : x.participation()) {
                        w.row(p.personId(), p.referralId() == null ? "" : p.referralId(), p.programme(),
                                date(p.start()), date(p.end()));
                    }
                }
            }
        }

        private static String date(LocalDate d) {
            return d == null ? "" : d.toString();
        }

        private Csv csv(String file) throws IOException {
            Csv csv = new Csv(Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8));
            csv.row(COLUMNS.get(file).toArray(String[]::new));
            return csv;
        }
    }

    /** A CSV file being written: RFC 4180 quoting, LF line ends. */
    private static final class Csv implements AutoCloseable {
        private final Writer out;

        Csv(BufferedWriter out) {
            this.out = out;
        }

        void row(String... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                String v = values[i] == null ? "" : values[i];
                if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                    out.write('"');
                    out.write(v.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(v);
                }
            }
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
