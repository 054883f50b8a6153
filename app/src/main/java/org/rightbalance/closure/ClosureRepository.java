package org.rightbalance.closure;

import org.rightbalance.socialcare.ReasonForClosure;
import org.rightbalance.system.ConcurrentEditException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Closures of programme cases and their follow-up checks. */
@Repository
public class ClosureRepository {

    private static final RowMapper<Closure> MAPPER = (rs, n) -> new Closure(rs.getLong("id"), rs.getLong("case_id"),
            ReasonForClosure.valueOf(rs.getString("reason")), rs.getObject("closed_on", LocalDate.class),
            new ClosurePlan(rs.getString("contacts"), MentorArrangement.valueOf(rs.getString("mentor_arrangement")),
                    rs.getString("plan_notes")),
            rs.getLong("closed_by"), rs.getObject("follow_up_due", LocalDate.class),
            rs.getObject("follow_up_done_on", LocalDate.class), rs.getObject("follow_up_re_referral", Boolean.class),
            rs.getObject("follow_up_escalation", Boolean.class), rs.getString("follow_up_notes"),
            rs.getObject("follow_up_by", Long.class), rs.getInt("version"));

    private final JdbcClient jdbc;

    public ClosureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Closure> findByCase(long caseId) {
        return jdbc.sql("select * from case_closure where case_id = ?").param(caseId).query(MAPPER).optional();
    }

    public void add(Closure c) {
        jdbc.sql("""
                insert into case_closure (case_id, reason, closed_on, contacts, mentor_arrangement, plan_notes, closed_by,
                    follow_up_due) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.caseId(), c.reason().name(), c.closedOn(), c.plan().contacts(), c.plan().mentorArrangement().name(),
                        c.plan().notes(), c.closedBy(), c.followUpDue())
                .update();
    }

    /** @throws ConcurrentEditException if the closure changed since it was read */
    public void saveFollowUp(Closure c) {
        int rows = jdbc.sql("""
                update case_closure set follow_up_done_on = ?, follow_up_re_referral = ?, follow_up_escalation = ?,
                    follow_up_notes = ?, follow_up_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(c.followUpDoneOn(), c.reReferral(), c.escalation(), c.followUpNotes(), c.followUpBy(), c.id(),
                        c.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("The closure record");
        }
    }

    /** Follow-up checks not yet recorded, due on or before {@code until}, for the given cases. */
    public List<Closure> followUpsDue(List<Long> caseIds, LocalDate until) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from case_closure where follow_up_done_on is null and follow_up_due <= :until and case_id in (:ids)")
                .param("until", until).param("ids", caseIds).query(MAPPER).list();
    }
}
