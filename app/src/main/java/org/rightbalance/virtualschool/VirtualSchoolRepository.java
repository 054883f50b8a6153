package org.rightbalance.virtualschool;

import org.rightbalance.system.ConcurrentEditException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Attendance and attainment records. */
@Repository
public class VirtualSchoolRepository {

    private static final RowMapper<AttendanceRecord> ATTENDANCE = (rs, n) -> new AttendanceRecord(rs.getLong("id"),
            rs.getLong("case_id"), new SchoolTerm(rs.getInt("academic_year"), Term.valueOf(rs.getString("term"))),
            rs.getInt("sessions_possible"), rs.getInt("sessions_attended"), rs.getInt("version"));

    private static final RowMapper<AttainmentRecord> ATTAINMENT = (rs, n) -> new AttainmentRecord(rs.getLong("id"),
            rs.getLong("case_id"), rs.getObject("assessed_on", LocalDate.class), rs.getString("time_point"),
            Attainment.valueOf(rs.getString("english")), Attainment.valueOf(rs.getString("maths")), rs.getInt("version"));

    private final JdbcClient jdbc;

    public VirtualSchoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long addAttendance(long caseId, SchoolTerm term, int possible, int attended, long recordedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into school_attendance (case_id, academic_year, term, sessions_possible, sessions_attended, recorded_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, term.startYear(), term.term().name(), possible, attended, recordedBy).update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Corrects a term's attendance, if the record is still at the version the caller read.
     *
     * @throws ConcurrentEditException if someone else changed it in between
     */
    public void updateAttendance(AttendanceRecord r, long recordedBy) {
        int rows = jdbc.sql("""
                update school_attendance set academic_year = ?, term = ?, sessions_possible = ?, sessions_attended = ?,
                       recorded_by = ?, version = version + 1
                where id = ? and case_id = ? and version = ?""")
                .params(r.term().startYear(), r.term().term().name(), r.sessionsPossible(), r.sessionsAttended(),
                        recordedBy, r.id(), r.caseId(), r.version())
                .update();
        if (rows == 0) {
            throw new ConcurrentEditException("The attendance record");
        }
    }

    public Optional<AttendanceRecord> findAttendance(long caseId, long id) {
        return jdbc.sql("select * from school_attendance where id = ? and case_id = ?").params(id, caseId)
                .query(ATTENDANCE).optional();
    }

    /** A case's attendance, term by term in order. */
    public List<AttendanceRecord> attendance(long caseId) {
        return attendance(List.of(caseId));
    }

    public List<AttendanceRecord> attendance(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from school_attendance where case_id in (:ids)").param("ids", caseIds)
                .query(ATTENDANCE).list().stream()
                .sorted(Comparator.comparingLong(AttendanceRecord::caseId).thenComparing(AttendanceRecord::term)).toList();
    }

    public long addAttainment(long caseId, LocalDate assessedOn, String timePoint, Attainment english, Attainment maths,
                              long recordedBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into school_attainment (case_id, assessed_on, time_point, english, maths, recorded_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, assessedOn, timePoint, english.name(), maths.name(), recordedBy).update(key, "id");
        return key.getKey().longValue();
    }

    /** A case's attainment records, oldest first. */
    public List<AttainmentRecord> attainment(long caseId) {
        return attainment(List.of(caseId));
    }

    public List<AttainmentRecord> attainment(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from school_attainment where case_id in (:ids) order by case_id, assessed_on, id")
                .param("ids", caseIds).query(ATTAINMENT).list();
    }
}
