package org.rightbalance.mentoring;

import org.rightbalance.system.ConcurrentEditException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Mentoring sessions, and the mentor assignments the caseload counts. */
@Repository
public class MentoringRepository {

    private static final String SELECT = """
            select m.*, s.display_name as mentor_name from mentoring_session m
            join staff_member s on s.id = m.mentor_id""";

    private static final RowMapper<MentoringSession> MAPPER = (rs, n) -> new MentoringSession(rs.getLong("id"),
            rs.getLong("case_id"), rs.getLong("mentor_id"), rs.getString("mentor_name"),
            rs.getObject("session_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
            rs.getInt("duration_minutes"), rs.getString("place"), SessionStatus.valueOf(rs.getString("status")),
            rs.getString("note"), Optional.ofNullable(rs.getString("missed_by")).map(MissedBy::valueOf).orElse(null),
            rs.getString("missed_reason"), rs.getInt("version"));

    private final JdbcClient jdbc;

    public MentoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long plan(long caseId, long mentorId, LocalDate date, LocalTime time, int durationMinutes, String place,
                     long plannedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into mentoring_session (case_id, mentor_id, session_date, start_time, duration_minutes, place,
                                               status, planned_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, mentorId, date, time, durationMinutes, place, SessionStatus.PLANNED.name(), plannedBy)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Inserts a session with its outcome already known (demo data and imports). */
    public void insertRecorded(MentoringSession s, long recordedBy) {
        jdbc.sql("""
                insert into mentoring_session (case_id, mentor_id, session_date, start_time, duration_minutes, place,
                                               status, note, missed_by, missed_reason, planned_by, outcome_recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.caseId(), s.mentorId(), s.date(), s.startTime(), s.durationMinutes(), s.place(),
                        s.status().name(), s.note(), s.missedBy() == null ? null : s.missedBy().name(), s.reason(),
                        recordedBy, s.isPlanned() ? null : recordedBy)
                .update();
    }

    public Optional<MentoringSession> find(long caseId, long sessionId) {
        return jdbc.sql(SELECT + " where m.id = ? and m.case_id = ?").params(sessionId, caseId).query(MAPPER).optional();
    }

    /** A case's sessions, oldest first. */
    public List<MentoringSession> forCase(long caseId) {
        return jdbc.sql(SELECT + " where m.case_id = ? order by m.session_date, m.start_time, m.id").param(caseId)
                .query(MAPPER).list();
    }

    /** The sessions of several cases, oldest first. */
    public List<MentoringSession> forCases(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where m.case_id in (:ids) order by m.case_id, m.session_date, m.start_time, m.id")
                .param("ids", caseIds).query(MAPPER).list();
    }

    /**
     * Saves the outcome of a session, if it is still at the version the caller read.
     *
     * @throws ConcurrentEditException if someone else recorded or changed it in between
     */
    public void saveOutcome(MentoringSession s, long recordedBy) {
        int rows = jdbc.sql("""
                update mentoring_session set status = ?, note = ?, missed_by = ?, missed_reason = ?,
                       outcome_recorded_by = ?, version = version + 1
                where id = ? and case_id = ? and version = ?""")
                .params(s.status().name(), s.note(), s.missedBy() == null ? null : s.missedBy().name(), s.reason(),
                        recordedBy, s.id(), s.caseId(), s.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("The mentoring session");
        }
    }

    /** The mentors assigned to the given cases: case, mentor id, mentor name, since. */
    public List<MentorAssignment> mentorAssignments(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.case_id, a.staff_id, s.display_name, a.since, c.closed_on
                from case_assignment a join staff_member s on s.id = a.staff_id
                join programme_case c on c.id = a.case_id
                where a.responsibility = 'MENTOR' and s.role = 'MENTOR' and a.case_id in (:ids)
                order by s.display_name, a.case_id""")
                .param("ids", caseIds)
                .query((rs, n) -> new MentorAssignment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class) == null))
                .list();
    }

    /** The child's name for each of the given cases, for alerts and due items that list several children. */
    public java.util.Map<Long, String> childNames(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("""
                select c.id, ch.given_name, ch.family_name from programme_case c join child ch on ch.id = c.child_id
                where c.id in (:ids)""")
                .param("ids", caseIds)
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2) + " " + rs.getString(3))).list()
                .stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    /** A mentor on a case, and whether the case is still open. */
    public record MentorAssignment(long caseId, long mentorId, String mentorName, LocalDate since, boolean caseOpen) {
    }
}
