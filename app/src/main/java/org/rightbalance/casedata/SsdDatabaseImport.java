package org.rightbalance.casedata;

import org.rightbalance.casework.Stage;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
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

/**
 * Loads a Standard Safeguarding Dataset extract folder (docs/data-format.md) into the application's
 * tables: child, family, social_care_referral, cin_plan, child_protection_plan, care_period, and a
 * programme case for each child in {@code programme_participation.csv}.
 *
 * <ul>
 *   <li><b>All or nothing.</b> The folder is read and checked first ({@link SsdReader}, policy STOP):
 *       one finding and nothing is written. Then everything is written in one transaction.</li>
 *   <li><b>Idempotent.</b> Children are keyed by the council's child identifier
 *       ({@code pers_person_id} = {@code child.council_child_id}). A child already in the database is
 *       left as it is, with all their rows in the extract, so importing the same extract twice changes
 *       nothing the second time.</li>
 *   <li><b>No names in the SSD.</b> Imported children are named "Child" and their identifier, families
 *       "Family" and the extract's family id: invented, so that case pages have something to show.</li>
 *   <li><b>Batches.</b> Rows are inserted with JDBC batches, a few statements per table.</li>
 * </ul>
 * The extract has no referral for a child protection plan; the plan is attached to the child's latest
 * referral on or before its start (else their first referral). A plan of a child with no referral at
 * all cannot be stored and is counted in {@link Result#cpPlansWithoutReferral()}.
 */
@Component
public class SsdDatabaseImport {

    private static final int BATCH = 1000;
    /** The length of child.council_child_id. */
    static final int MAX_ID = 40;

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
    }

    /**
     * Reads and checks the extract, then writes it.
     *
     * @param teamIds the teams that hold the imported programme cases, in turn (at least one)
     * @throws InvalidExtractException if the extract breaks any rule; nothing is written
     * @throws InvalidRequestException  if an identifier is too long for the database; nothing is written
     */
    @Transactional
    public Result importFolder(Path folder, List<Long> teamIds) {
        if (teamIds.isEmpty()) {
            throw new IllegalArgumentException("at least one team must hold the imported programme cases");
        }
        SsdExtract x = SsdReader.read(folder, ValidationPolicy.STOP).extract();
        x.people().stream().filter(p -> p.personId().length() > MAX_ID).findFirst().ifPresent(p -> {
            throw new InvalidRequestException("file", "The child identifier '" + p.personId().substring(0, 20)
                    + "…' in ssd_person.csv is longer than " + MAX_ID + " characters, the most the database keeps. "
                    + "Nothing was imported.");
        });
        return write(x, teamIds);
    }

    private Result write(SsdExtract x, List<Long> teamIds) {
        Set<String> present = new HashSet<>(jdbc.queryForList("select council_child_id from child", String.class));
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
                family = "person:" + p.personId();
                familyOfPerson.put(p.personId(), family);
            }
            familyNames.putIfAbsent(family, family.startsWith("person:") ? "Family of " + p.personId() : "Family " + family);
        }
        List<String> familyKeys = new ArrayList<>(familyNames.keySet());
        List<Long> familyIds = insert("insert into family (family_name) values (?)", familyKeys.size(),
                (ps, i) -> ps.setString(1, truncate(familyNames.get(familyKeys.get(i)), 120)));
        Map<String, Long> familyId = new HashMap<>();
        for (int i = 0; i < familyKeys.size(); i++) {
            familyId.put(familyKeys.get(i), familyIds.get(i));
        }

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
            ps.setLong(7, familyId.get(familyOfPerson.get(p.personId())));
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
        List<Long> caseIds = insert("insert into programme_case (child_id, team_id, stage, opened_on, closed_on) values (?, ?, ?, ?, ?)",
                participation.size(), (ps, i) -> {
                    ProgrammeParticipation p = participation.get(i);
                    ps.setLong(1, childId.get(p.personId()));
                    ps.setLong(2, teamIds.get(i % teamIds.size()));
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
        KnownChildrenUpdate.Counts update = known.isEmpty() ? new KnownChildrenUpdate.Counts(0, 0, 0, 0, 0)
                : new KnownChildrenUpdate(jdbc).apply(x, known);
        return new Result(people.size(), known.size(), familyKeys.size(), referrals.size(),
                cinPlans.size(), cpPlans.size(), care.size(), participation.size(), withoutReferral, update.updated(),
                update.referralsAdded() + update.cinPlansAdded() + update.cpPlansAdded() + update.carePeriodsAdded());
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
