package org.rightbalance.referral;

import org.rightbalance.system.ConcurrentEditException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Referrals into the programme, one per programme case. */
@Repository
public class ReferralRepository {

    private static final RowMapper<Referral> MAPPER = (rs, n) -> {
        String arm = rs.getString("random_arm");
        RandomDraw draw = arm == null ? null : new RandomDraw(rs.getBigDecimal("random_probability").doubleValue(),
                rs.getLong("random_seed"), rs.getBigDecimal("random_draw").doubleValue(), RandomDraw.Arm.valueOf(arm));
        String decision = rs.getString("decision");
        return new Referral(rs.getLong("id"), rs.getLong("case_id"), rs.getObject("referral_date", LocalDate.class),
                rs.getInt("age_at_referral"), rs.getBoolean("within_criteria"), rs.getString("outside_criteria_reason"),
                rs.getLong("proposed_by"), SocialWorkerView.valueOf(rs.getString("social_worker_view")),
                rs.getString("social_worker_comment"), rs.getInt("motivation"), rs.getString("motivation_notes"),
                rs.getInt("stability"), rs.getString("stability_notes"),
                AllocationMethod.valueOf(rs.getString("allocation_method")), draw,
                decision == null ? null : Decision.valueOf(decision), rs.getObject("decided_on", LocalDate.class),
                rs.getString("decision_reason"), rs.getObject("decided_by", Long.class), rs.getInt("version"));
    };

    private final JdbcClient jdbc;

    public ReferralRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Referral> findByCase(long caseId) {
        return jdbc.sql("select * from referral where case_id = ?").param(caseId).query(MAPPER).optional();
    }

    public long add(Referral r) {
        RandomDraw d = r.randomDraw();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into referral (case_id, referral_date, age_at_referral, within_criteria, outside_criteria_reason,
                    proposed_by, social_worker_view, social_worker_comment, motivation, motivation_notes, stability,
                    stability_notes, allocation_method, random_probability, random_seed, random_draw, random_arm,
                    decision, decided_on, decision_reason, decided_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.caseId(), r.referralDate(), r.ageAtReferral(), r.withinCriteria(), r.outsideCriteriaReason(),
                        r.proposedBy(), r.socialWorkerView().name(), r.socialWorkerComment(), r.motivation(),
                        r.motivationNotes(), r.stability(), r.stabilityNotes(), r.allocationMethod().name(),
                        d == null ? null : BigDecimal.valueOf(d.programmeProbability()), d == null ? null : d.seed(),
                        d == null ? null : new BigDecimal(d.draw()).setScale(10, java.math.RoundingMode.FLOOR),
                        d == null ? null : d.arm().name(), r.decision() == null ? null : r.decision().name(),
                        r.decidedOn(), r.decisionReason(), r.decidedBy())
                .update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Saves the decision and the social worker's view, if the referral is still at its version.
     *
     * @throws ConcurrentEditException if someone else changed it in between
     */
    public void update(Referral r) {
        int rows = jdbc.sql("""
                update referral set social_worker_view = ?, social_worker_comment = ?, decision = ?, decided_on = ?,
                    decision_reason = ?, decided_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(r.socialWorkerView().name(), r.socialWorkerComment(),
                        r.decision() == null ? null : r.decision().name(), r.decidedOn(), r.decisionReason(),
                        r.decidedBy(), r.id(), r.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("The referral");
        }
    }

    /** Team names by id, for choosing the team that holds a proposed case. */
    public Map<Long, String> teams() {
        List<Map.Entry<Long, String>> rows = jdbc.sql("select id, name from team order by name")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        Map<Long, String> teams = new java.util.LinkedHashMap<>();
        rows.forEach(e -> teams.put(e.getKey(), e.getValue()));
        return teams;
    }
}
