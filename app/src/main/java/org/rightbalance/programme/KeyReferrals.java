package org.rightbalance.programme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme's children and the social care referral each took part under (the evaluation's key
 * referral): the referral recorded for the case in {@code programme_key_referral} when there is one;
 * otherwise the child's latest referral dated on or before the day the case opened; otherwise the
 * child's first referral after it. The live measures and the export to the evaluation both use this,
 * so the page and the evaluation count the same children from the same referral.
 */
@Component
public class KeyReferrals {

    /** Stages at which a child has started the programme (not awaiting a decision, not turned down). */
    public static final String STARTED = "stage not in ('REFERRED', 'NOT_TAKEN_ON')";

    private final JdbcClient jdbc;

    public KeyReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A programme child: their first started case, and its key referral if they have any referral.
     *
     * @param keyReferralId empty when the child has no social care referral at all
     */
    public record ProgrammeChild(long childId, long caseId, long teamId, LocalDate startedOn,
                                 Optional<LocalDate> finishedOn, Optional<Long> keyReferralId,
                                 Optional<LocalDate> keyReferralDate) {
    }

    /** The children who started the programme, one row each (their earliest started case), optionally of one team. */
    public List<ProgrammeChild> programmeChildren(Optional<Long> teamId) {
        record CaseRow(long caseId, long childId, long teamId, LocalDate opened, LocalDate closed) {
        }
        List<CaseRow> cases = jdbc.sql("select id, child_id, team_id, opened_on, closed_on from programme_case where "
                        + STARTED + (teamId.isPresent() ? " and team_id = :team" : "") + " order by child_id, opened_on, id")
                .params(teamId.map(t -> Map.<String, Object>of("team", t)).orElse(Map.of()))
                .query((rs, n) -> new CaseRow(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
        Map<Long, Long> recorded = new HashMap<>();
        jdbc.sql("select case_id, referral_id from programme_key_referral")
                .query((rs, n) -> recorded.put(rs.getLong(1), rs.getLong(2))).list();
        Map<Long, List<Referral>> referrals = new HashMap<>();
        jdbc.sql("""
                select r.child_id, r.id, r.referral_date from social_care_referral r
                where r.child_id in (select child_id from programme_case where %s)
                order by r.child_id, r.referral_date, r.id""".formatted(STARTED))
                .query((rs, n) -> referrals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Referral(rs.getLong(2), rs.getObject(3, LocalDate.class))))
                .list();
        List<ProgrammeChild> out = new ArrayList<>();
        long previousChild = -1;
        for (CaseRow c : cases) {
            if (c.childId() == previousChild) {
                continue;
            }
            previousChild = c.childId();
            List<Referral> refs = referrals.getOrDefault(c.childId(), List.of());
            Optional<Referral> key = key(refs, recorded.get(c.caseId()), c.opened());
            out.add(new ProgrammeChild(c.childId(), c.caseId(), c.teamId(), c.opened(), Optional.ofNullable(c.closed()),
                    key.map(Referral::id), key.map(Referral::date)));
        }
        return out;
    }

    /** A referral's id and date. */
    record Referral(long id, LocalDate date) {
    }

    /** The key referral among the child's referrals (ordered by date, then id). */
    static Optional<Referral> key(List<Referral> ordered, Long recordedId, LocalDate opened) {
        if (recordedId != null) {
            Optional<Referral> named = ordered.stream().filter(r -> r.id() == recordedId).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        Referral before = null;
        for (Referral r : ordered) {
            if (!r.date().isAfter(opened)) {
                before = r;
            }
        }
        if (before != null) {
            return Optional.of(before);
        }
        return ordered.stream().filter(r -> r.date().isAfter(opened)).findFirst();
    }
}
