package org.rightbalance.casedata;

import org.rightbalance.casework.Stage;
import org.rightbalance.evaluation.importing.ExtractByChild;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.system.InvalidRequestException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads a Standard Safeguarding Dataset extract folder (docs/data-format.md) into the application's
 * tables: child, family, social_care_referral, cin_plan, child_protection_plan, care_period, and a
 * programme case for each child in {@code programme_participation.csv}.
 *
 * <ul>
 *   <li><b>Bounded memory.</b> The folder is read one child at a time ({@link ExtractByChild}), and the
 *       children are written a chunk at a time (1,000 by default): what is held, and every query about
 *       children already in the database, is the chunk's, so memory does not grow with the number of
 *       children. Only the extract's family ids written so far are kept across chunks, because siblings
 *       may fall into different chunks.</li>
 *   <li><b>All or nothing.</b> Every chunk is written in one transaction: an invalid row or a failed
 *       insert in any chunk rolls back every chunk before it.</li>
 *   <li><b>Idempotent.</b> Children are keyed by the council's child identifier
 *       ({@code pers_person_id} = {@code child.council_child_id}). A child already in the database is
 *       brought up to date ({@link KnownChildrenUpdate}), so importing the same extract twice changes
 *       nothing the second time.</li>
 *   <li><b>No names in the SSD.</b> Imported children are named "Child" and their identifier, families
 *       "Family" and the extract's family id: invented, so that case pages have something to show.</li>
 *   <li><b>Batches.</b> Rows are inserted with JDBC batches, a few statements per table and chunk.</li>
 * </ul>
 * The extract has no referral for a child protection plan; the plan is attached to the child's latest
 * referral on or before its start (else their first referral). A plan of a child with no referral at
 * all cannot be stored and is counted in {@link Result#cpPlansWithoutReferral()}.
 */
@Component
public class SsdDatabaseImport {

    private static final int BATCH = 1000;
    /** Children written at a time: large enough for full JDBC batches, small enough to hold in memory. */
    static final int CHILDREN_PER_CHUNK = 1000;
    /** The length of child.council_child_id. */
    static final int MAX_ID = 40;
    /** The prefix of the family made for a child the extract puts in no family: one per child, never shared. */
    private static final String OWN_FAMILY = "person:";

    private final JdbcTemplate jdbc;

    public SsdDatabaseImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What an import wrote. Children already in the database are brought up to date
     * ({@link KnownChildrenUpdate}): {@code recordsUpdated} of their records changed and
     * {@code recordsAddedToKnownChildren} added; the other counts are of the children added.
     */
    public record Result(int childrenAdded, int childrenAlreadyPresent, int families, int referrals, int cinPlans,
                         int cpPlans, int carePeriods, int programmeCases, int cpPlansWithoutReferral,
                         int recordsUpdated, int recordsAddedToKnownChildren) {

        /** What was written, for a person: the import page says the same. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%,d children added; %,d already in the database, brought up "
                    + "to date (%,d of their records changed, %,d added); %,d referrals, %,d Child in Need plans, %,d "
                    + "child protection plans, %,d periods of care and %,d programme cases", childrenAdded,
                    childrenAlreadyPresent, recordsUpdated, recordsAddedToKnownChildren, referrals, cinPlans, cpPlans,
                    carePeriods, programmeCases)
                    + (cpPlansWithoutReferral > 0 ? String.format(java.util.Locale.ROOT, "; %,d child protection "
                    + "plans not imported (their child has no referral)", cpPlansWithoutReferral) : "") + ".";
        }
    }

    /**
     * Reads the extract child by child and writes it, {@value #CHILDREN_PER_CHUNK} children at a time.
     *
     * @param folder  an SSD folder as {@code Importer} writes it (validated, in its canonical layout)
     * @param teamIds the teams that hold the imported programme cases, in turn (at least one)
     * @throws InvalidExtractException if the extract breaks any rule; nothing is written
     * @throws InvalidRequestException  if an identifier is too long for the database; nothing is written
     */
    @Transactional
    public Result importFolder(Path folder, List<Long> teamIds) {
        return importFolder(folder, teamIds, CHILDREN_PER_CHUNK);
    }

    /** As {@link #importFolder(Path, List)}, {@code childrenPerChunk} children at a time (tests use tiny chunks). */
    @Transactional
    Result importFolder(Path folder, List<Long> teamIds, int childrenPerChunk) {
        if (teamIds.isEmpty()) {
            throw new IllegalArgumentException("at least one team must hold the imported programme cases");
        }
        if (childrenPerChunk < 1) {
            throw new IllegalArgumentException("a chunk holds at least one child: " + childrenPerChunk);
        }
        Load load = new Load(List.copyOf(teamIds));
        List<SsdExtract> chunk = new ArrayList<>(childrenPerChunk);
        ExtractByChild.forEach(folder, child -> {
            chunk.add(child);
            if (chunk.size() == childrenPerChunk) {
                load.write(combined(chunk));
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            load.write(combined(chunk));
        }
        return load.result();
    }

    /** The children's records as one extract. */
    private static SsdExtract combined(List<SsdExtract> children) {
        List<Person> people = new ArrayList<>();
        List<FamilyMembership> families = new ArrayList<>();
        List<Referral> referrals = new ArrayList<>();
        List<CinPlan> cinPlans = new ArrayList<>();
        List<ChildProtectionPlan> cpPlans = new ArrayList<>();
        List<CareEpisode> care = new ArrayList<>();
        List<ProgrammeParticipation> participation = new ArrayList<>();
        for (SsdExtract c : children) {
            people.addAll(c.people());
            families.addAll(c.families());
            referrals.addAll(c.referrals());
            cinPlans.addAll(c.cinPlans());
            cpPlans.addAll(c.cpPlans());
            care.addAll(c.careEpisodes());
            participation.addAll(c.participation());
        }
        return new SsdExtract(people, families, referrals, cinPlans, cpPlans, care, participation);
    }

    /** One import in progress: the counts so far, and what must outlive a chunk. */
    private final class Load {

        private final List<Long> teamIds;
        /** The extract's family ids written so far to their database ids: a family may span chunks. */
        private final Map<String, Long> familyIdOfExtractFamily = new HashMap<>();
        private int childrenAdded;
        private int childrenAlreadyPresent;
        private int families;
        private int referralCount;
        private int cinPlanCount;
        private int cpPlanCount;
        private int carePeriods;
        /** Programme cases written so far; also which team holds the next one. */
        private int programmeCases;
        private int cpPlansWithoutReferral;
        private int recordsUpdated;
        private int recordsAddedToKnownChildren;

        Load(List<Long> teamIds) {
            this.teamIds = teamIds;
        }

        Result result() {
            return new Result(childrenAdded, childrenAlreadyPresent, families, referralCount, cinPlanCount, cpPlanCount,
                    carePeriods, programmeCases, cpPlansWithoutReferral, recordsUpdated, recordsAddedToKnownChildren);
        }

        /** Writes one chunk's children: adds those the database does not hold, updates the others. */
        void write(SsdExtract x) {
            x.people().stream().filter(p -> p.personId().length() > MAX_ID).findFirst().ifPresent(p -> {
                throw new InvalidRequestException("file", "The child identifier '" + p.personId().substring(0, 20)
                        + "…' in ssd_person.csv is longer than " + MAX_ID + " characters, the most the database keeps. "
                        + "Nothing was imported.");
            });
            Set<String> present = new HashSet<>();
            InList.query(jdbc, "select council_child_id from child where council_child_id in (%s)",
                    x.people().stream().map(Person::personId).toList(), rs -> {
                        present.add(rs.getString(1));
                    });
            List<Person> people = x.people().stream().filter(p -> !present.contains(p.personId())).toList();
            Set<String> adding = new HashSet<>();
            people.forEach(p -> adding.add(p.personId()));

            // families: the extract's families of the children being added, and one each for children without
            Map<String, String> familyOfPerson = new HashMap<>();
            for (FamilyMembership f : x.families()) {
                if (adding.contains(f.personId())) {
                    familyOfPerson.putIfAbsent(f.personId(), f.familyId());
                }
            }
            LinkedHashMap<String, String> familyNames = new LinkedHashMap<>();
            for (Person p : people) {
                String family = familyOfPerson.get(p.personId());
                if (family == null) {
                    family = OWN_FAMILY + p.personId();
                    familyOfPerson.put(p.personId(), family);
                }
                if (!familyIdOfExtractFamily.containsKey(family)) {
                    familyNames.putIfAbsent(family, family.startsWith(OWN_FAMILY) ? "Family of " + p.personId() : "Family " + family);
                }
            }
            List<String> familyKeys = new ArrayList<>(familyNames.keySet());
            List<Long> familyIds = insert("insert into family (family_name) values (?)", familyKeys.size(),
                    (ps, i) -> ps.setString(1, truncate(familyNames.get(familyKeys.get(i)), 120)));
            Map<String, Long> familyId = new HashMap<>();
            for (int i = 0; i < familyKeys.size(); i++) {
                familyId.put(familyKeys.get(i), familyIds.get(i));
                if (!familyKeys.get(i).startsWith(OWN_FAMILY)) {
                    familyIdOfExtractFamily.put(familyKeys.get(i), familyIds.get(i));
                }
            }
            Function<String, Long> databaseFamily = key -> familyId.containsKey(key) ? familyId.get(key)
                    : familyIdOfExtractFamily.get(key);

            List<Long> childIds = insert("""
                    insert into child (council_child_id, given_name, family_name, date_of_birth, sex, ethnicity, family_id)
                    values (?, ?, ?, ?, ?, ?, ?)""", people.size(), (ps, i) -> {
                Person p = people.get(i);
                ps.setString(1, p.personId());
                ps.setString(2, "Child");
                ps.setString(3, truncate(p.personId(), 100));
                ps.setDate(4, Date.valueOf(p.dateOfBirth()));
                ps.setString(5, p.sex().code());
                setNullable(ps, 6, p.ethnicity());
                ps.setLong(7, databaseFamily.apply(familyOfPerson.get(p.personId())));
            });
            Map<String, Long> childId = new HashMap<>();
            for (int i = 0; i < people.size(); i++) {
                childId.put(people.get(i).personId(), childIds.get(i));
            }

            List<Referral> referrals = x.referrals().stream().filter(r -> adding.contains(r.personId())).toList();
            List<Long> referralIds = insert("""
                    insert into social_care_referral (child_id, referral_date, referral_source, primary_need, close_date, close_reason)
                    values (?, ?, ?, ?, ?, ?)""", referrals.size(), (ps, i) -> {
                Referral r = referrals.get(i);
                ps.setLong(1, childId.get(r.personId()));
                ps.setDate(2, Date.valueOf(r.referralDate()));
                setNullable(ps, 3, r.referralSourceCode());
                setNullable(ps, 4, r.primaryNeedCode());
                setDate(ps, 5, r.closeDate());
                setNullable(ps, 6, r.closeReason());
            });
            Map<String, Long> referralId = new HashMap<>();
            Map<String, List<Referral>> referralsOf = new HashMap<>();
            for (int i = 0; i < referrals.size(); i++) {
                Referral r = referrals.get(i);
                referralId.put(r.referralId(), referralIds.get(i));
                referralsOf.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
            }
            referralsOf.values().forEach(l -> l.sort(Comparator.comparing(Referral::referralDate).thenComparing(Referral::referralId)));

            List<CinPlan> cinPlans = x.cinPlans().stream().filter(p -> adding.contains(p.personId())).toList();
            insert("insert into cin_plan (child_id, referral_id, start_date, end_date) values (?, ?, ?, ?)", cinPlans.size(), (ps, i) -> {
                CinPlan p = cinPlans.get(i);
                ps.setLong(1, childId.get(p.personId()));
                ps.setLong(2, referralId.get(p.referralId()));
                ps.setDate(3, Date.valueOf(p.start()));
                setDate(ps, 4, p.end());
            });

            List<ChildProtectionPlan> cpPlans = new ArrayList<>();
            int withoutReferral = 0;
            for (ChildProtectionPlan p : x.cpPlans()) {
                if (!adding.contains(p.personId())) {
                    continue;
                }
                if (referralsOf.containsKey(p.personId())) {
                    cpPlans.add(p);
                } else {
                    withoutReferral++;
                }
            }
            insert("insert into child_protection_plan (child_id, referral_id, start_date, end_date) values (?, ?, ?, ?)",
                    cpPlans.size(), (ps, i) -> {
                        ChildProtectionPlan p = cpPlans.get(i);
                        ps.setLong(1, childId.get(p.personId()));
                        ps.setLong(2, referralId.get(referralAtOrBefore(referralsOf.get(p.personId()), p.start()).referralId()));
                        ps.setDate(3, Date.valueOf(p.start()));
                        setDate(ps, 4, p.end());
                    });

            List<CareEpisode> care = x.careEpisodes().stream().filter(c -> adding.contains(c.personId())).toList();
            insert("insert into care_period (child_id, start_date, end_date) values (?, ?, ?)", care.size(), (ps, i) -> {
                CareEpisode c = care.get(i);
                ps.setLong(1, childId.get(c.personId()));
                ps.setDate(2, Date.valueOf(c.start()));
                setDate(ps, 3, c.ceased());
            });

            List<ProgrammeParticipation> participation = x.participation().stream()
                    .filter(p -> adding.contains(p.personId()) && p.programme().equalsIgnoreCase(SsdExport.PROGRAMME)).toList();
            int casesBefore = programmeCases;
            List<Long> caseIds = insert("insert into programme_case (child_id, team_id, stage, opened_on, closed_on) values (?, ?, ?, ?, ?)",
                    participation.size(), (ps, i) -> {
                        ProgrammeParticipation p = participation.get(i);
                        ps.setLong(1, childId.get(p.personId()));
                        ps.setLong(2, teamIds.get((casesBefore + i) % teamIds.size()));
                        ps.setString(3, (p.end() == null ? Stage.SUPPORTING : Stage.CLOSED).name());
                        ps.setDate(4, Date.valueOf(p.start()));
                        setDate(ps, 5, p.end());
                    });
            List<long[]> keyReferrals = new ArrayList<>();
            for (int i = 0; i < participation.size(); i++) {
                String named = participation.get(i).referralId();
                if (named != null && referralId.containsKey(named)) {
                    keyReferrals.add(new long[]{caseIds.get(i), referralId.get(named)});
                }
            }
            jdbc.batchUpdate("insert into programme_key_referral (case_id, referral_id) values (?, ?)", keyReferrals, BATCH,
                    (ps, row) -> {
                        ps.setLong(1, row[0]);
                        ps.setLong(2, row[1]);
                    });
            Set<String> known = new HashSet<>();
            x.people().forEach(p -> {
                if (present.contains(p.personId())) {
                    known.add(p.personId());
                }
            });
            if (!known.isEmpty()) {
                KnownChildrenUpdate.Counts update = new KnownChildrenUpdate(jdbc).apply(x, known);
                recordsUpdated += update.updated();
                recordsAddedToKnownChildren += update.referralsAdded() + update.cinPlansAdded() + update.cpPlansAdded()
                        + update.carePeriodsAdded();
            }
            childrenAdded += people.size();
            childrenAlreadyPresent += known.size();
            families += familyKeys.size();
            referralCount += referrals.size();
            cinPlanCount += cinPlans.size();
            cpPlanCount += cpPlans.size();
            carePeriods += care.size();
            programmeCases += participation.size();
            cpPlansWithoutReferral += withoutReferral;
        }
    }

    private static Referral referralAtOrBefore(List<Referral> ordered, LocalDate date) {
        Referral chosen = ordered.get(0);
        for (Referral r : ordered) {
            if (!r.referralDate().isAfter(date)) {
                chosen = r;
            }
        }
        return chosen;
    }

    /** Sets the parameters of row {@code i}. */
    @FunctionalInterface
    private interface Row {
        void set(PreparedStatement ps, int i) throws SQLException;
    }

    /** Inserts {@code count} rows in batches and returns their generated ids, in row order. */
    private List<Long> insert(String sql, int count, Row row) {
        List<Long> ids = new ArrayList<>(count);
        for (int from = 0; from < count; from += BATCH) {
            int start = from;
            int size = Math.min(BATCH, count - from);
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.batchUpdate(con -> con.prepareStatement(sql, new String[]{"id"}), new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    row.set(ps, start + i);
                }

                @Override
                public int getBatchSize() {
                    return size;
                }
            }, keys);
            for (Map<String, Object> k : keys.getKeyList()) {
                Object id = k.containsKey("id") ? k.get("id") : k.values().iterator().next();
                ids.add(((Number) Objects.requireNonNull(id, "generated id")).longValue());
            }
        }
        if (ids.size() != count) {
            throw new IllegalStateException("the database returned " + ids.size() + " ids for " + count + " rows");
        }
        return ids;
    }

    private static void setNullable(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null || value.isEmpty()) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(date));
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
