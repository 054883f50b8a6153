package org.rightbalance.casedata;

import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a later extract says about children the database already holds: a referral now closed, a plan
 * now ended, a new referral, plan or period of care, a corrected sex, ethnicity or date of birth.
 *
 * <p>Records are matched by their natural key — the council's child identifier and the referral date,
 * or the plan's or period's start date — because an extract's own row ids need not survive from one
 * year to the next. A matched record takes the extract's values where they differ (its version goes
 * up, so a practitioner's form opened before the import reports a conflict instead of overwriting
 * it); an unmatched one is added. Nothing is deleted: an extract covers only its own period, and
 * records practitioners entered stay as they are. Importing the same extract again changes nothing.
 *
 * <p>It is applied to one chunk of children at a time ({@link SsdDatabaseImport}) and reads from the
 * database only those children and their referrals, so its memory does not grow with the tables.
 */
final class KnownChildrenUpdate {

    /** How many records the update changed and added. */
    record Counts(int updated, int referralsAdded, int cinPlansAdded, int cpPlansAdded, int carePeriodsAdded) {
    }

    private final JdbcTemplate jdbc;

    KnownChildrenUpdate(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Brings the {@code known} children of {@code x} up to date.
     *
     * @param x     one chunk of an extract (every record of each of its children)
     * @param known the chunk's children the database already holds, by council identifier
     */
    Counts apply(SsdExtract x, Set<String> known) {
        Map<String, Long> childId = new HashMap<>();
        InList.query(jdbc, "select id, council_child_id from child where council_child_id in (%s)", known,
                rs -> {
                    childId.put(rs.getString(2), rs.getLong(1));
                });
        int updated = 0;
        for (Person p : x.people()) {
            Long id = childId.get(p.personId());
            if (id != null && p.dateOfBirth() != null) {
                updated += jdbc.update("""
                        update child set date_of_birth = ?, sex = ?, ethnicity = ?, version = version + 1
                        where id = ? and (date_of_birth <> ? or sex <> ? or coalesce(ethnicity, '') <> ?)""",
                        Date.valueOf(p.dateOfBirth()), p.sex().code(), emptyToNull(p.ethnicity()), id,
                        Date.valueOf(p.dateOfBirth()), p.sex().code(), p.ethnicity() == null ? "" : p.ethnicity());
            }
        }

        // Referrals: matched by child and referral date.
        Map<String, Long> referralByKey = new HashMap<>();
        Map<Long, List<long[]>> referralsOfChild = new HashMap<>(); // child id -> [referral id, epoch day]
        InList.query(jdbc, "select id, child_id, referral_date from social_care_referral where child_id in (%s)",
                childId.values(), rs -> {
                    LocalDate date = rs.getObject(3, LocalDate.class);
                    referralByKey.put(rs.getLong(2) + "/" + date, rs.getLong(1));
                    referralsOfChild.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(new long[]{rs.getLong(1), date.toEpochDay()});
                });
        Map<String, Long> dbReferralOfExtractReferral = new HashMap<>();
        int referralsAdded = 0;
        List<Referral> referrals = x.referrals().stream().filter(r -> childId.containsKey(r.personId()))
                .sorted(Comparator.comparing(Referral::referralDate)).toList();
        for (Referral r : referrals) {
            long child = childId.get(r.personId());
            String key = child + "/" + r.referralDate();
            Long id = referralByKey.get(key);
            if (id == null) {
                jdbc.update("""
                        insert into social_care_referral (child_id, referral_date, referral_source, primary_need, close_date, close_reason)
                        values (?, ?, ?, ?, ?, ?)""", child, Date.valueOf(r.referralDate()), emptyToNull(r.referralSourceCode()),
                        emptyToNull(r.primaryNeedCode()), date(r.closeDate()), emptyToNull(r.closeReason()));
                id = jdbc.queryForObject("select id from social_care_referral where child_id = ? and referral_date = ?",
                        Long.class, child, Date.valueOf(r.referralDate()));
                referralByKey.put(key, id);
                referralsOfChild.computeIfAbsent(child, k -> new ArrayList<>()).add(new long[]{id, r.referralDate().toEpochDay()});
                referralsAdded++;
            } else {
                updated += jdbc.update("""
                        update social_care_referral set referral_source = ?, primary_need = ?, close_date = ?, close_reason = ?,
                               version = version + 1
                        where id = ? and (coalesce(referral_source, '') <> ? or coalesce(primary_need, '') <> ?
                               or coalesce(close_date, date '1900-01-01') <> ? or coalesce(close_reason, '') <> ?)""",
                        emptyToNull(r.referralSourceCode()), emptyToNull(r.primaryNeedCode()), date(r.closeDate()),
                        emptyToNull(r.closeReason()), id, text(r.referralSourceCode()), text(r.primaryNeedCode()),
                        Date.valueOf(Objects.requireNonNullElse(r.closeDate(), LocalDate.of(1900, 1, 1))), text(r.closeReason()));
            }
            dbReferralOfExtractReferral.put(r.referralId(), id);
        }

        int[] cin = plans("cin_plan", x.cinPlans().stream().filter(p -> childId.containsKey(p.personId()))
                .map(p -> new Plan(childId.get(p.personId()), dbReferralOfExtractReferral.get(p.referralId()), p.start(), p.end()))
                .toList());
        int[] cp = plans("child_protection_plan", x.cpPlans().stream().filter(p -> childId.containsKey(p.personId()))
                .map(p -> new Plan(childId.get(p.personId()), referralAtOrBefore(referralsOf(referralsOfChild, childId.get(p.personId())), p.start()),
                        p.start(), p.end()))
                .toList());
        int[] care = periods(x.careEpisodes().stream().filter(c -> childId.containsKey(c.personId())).toList(), childId);
        return new Counts(updated + cin[0] + cp[0] + care[0], referralsAdded, cin[1], cp[1], care[1]);
    }

    /** A plan as the database holds it; {@code referralId} null when no referral of the child precedes it. */
    private record Plan(long childId, Long referralId, LocalDate start, LocalDate end) {
    }

    /** Updates or adds plans matched by child and start date; returns {updated, added}. */
    private int[] plans(String table, List<Plan> plans) {
        int updated = 0;
        int added = 0;
        for (Plan p : plans) {
            Long id = jdbc.query("select id from " + table + " where child_id = ? and start_date = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, p.childId(), Date.valueOf(p.start()));
            if (id != null) {
                updated += updateEnd(table, id, p.end());
            } else if (p.referralId() != null) {
                jdbc.update("insert into " + table + " (child_id, referral_id, start_date, end_date) values (?, ?, ?, ?)",
                        p.childId(), p.referralId(), Date.valueOf(p.start()), date(p.end()));
                added++;
            }
        }
        return new int[]{updated, added};
    }

    private int[] periods(List<CareEpisode> care, Map<String, Long> childId) {
        int updated = 0;
        int added = 0;
        for (CareEpisode c : care) {
            long child = childId.get(c.personId());
            Long id = jdbc.query("select id from care_period where child_id = ? and start_date = ?",
                    rs -> rs.next() ? rs.getLong(1) : null, child, Date.valueOf(c.start()));
            if (id != null) {
                updated += updateEnd("care_period", id, c.ceased());
            } else {
                jdbc.update("insert into care_period (child_id, start_date, end_date) values (?, ?, ?)", child,
                        Date.valueOf(c.start()), date(c.ceased()));
                added++;
            }
        }
        return new int[]{updated, added};
    }

    private int updateEnd(String table, long id, LocalDate end) {
        return jdbc.update("update " + table + " set end_date = ?, version = version + 1 where id = ? "
                        + "and coalesce(end_date, date '1900-01-01') <> ?", date(end), id,
                Date.valueOf(Objects.requireNonNullElse(end, LocalDate.of(1900, 1, 1))));
    }

    private static List<long[]> referralsOf(Map<Long, List<long[]>> referralsOfChild, long child) {
        return referralsOfChild.getOrDefault(child, List.of());
    }

    /** The child's latest referral on or before {@code date} (else their first), as a child protection plan is filed. */
    private static Long referralAtOrBefore(List<long[]> referrals, LocalDate date) {
        long day = date.toEpochDay();
        return referrals.stream().filter(r -> r[1] <= day).max(Comparator.comparingLong(r -> r[1])).map(r -> r[0])
                .or(() -> referrals.stream().min(Comparator.comparingLong(r -> r[1])).map(r -> r[0])).orElse(null);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
