package org.rightbalance.casework;

import org.rightbalance.access.Responsibility;
import org.rightbalance.system.ConcurrentEditException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Programme cases and their assignments. */
@Repository
public class CaseRepository {

    private static final RowMapper<ProgrammeCase> CASE = (rs, n) -> new ProgrammeCase(rs.getLong("id"),
            rs.getLong("child_id"), rs.getLong("team_id"), Stage.valueOf(rs.getString("stage")),
            rs.getObject("opened_on", LocalDate.class), Optional.ofNullable(rs.getObject("closed_on", LocalDate.class)),
            rs.getInt("version"));

    private final JdbcClient jdbc;

    public CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ProgrammeCase> findById(long id) {
        return jdbc.sql("select * from programme_case where id = ?").param(id).query(CASE).optional();
    }

    public List<ProgrammeCase> findByChild(long childId) {
        return jdbc.sql("select * from programme_case where child_id = ? order by opened_on").param(childId).query(CASE).list();
    }

    public List<ProgrammeCase> findAll() {
        return jdbc.sql("select * from programme_case order by opened_on, id").query(CASE).list();
    }

    public long open(long childId, long teamId, LocalDate openedOn) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into programme_case (child_id, team_id, stage, opened_on) values (?, ?, ?, ?)")
                .params(childId, teamId, Stage.REFERRED.name(), openedOn).update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Moves the case to a stage, if it is still at the version the caller read.
     *
     * @throws ConcurrentEditException if someone else changed the case in between
     */
    public void moveTo(long caseId, Stage stage, int expectedVersion) {
        int rows = jdbc.sql("update programme_case set stage = ?, version = version + 1 where id = ? and version = ?")
                .params(stage.name(), caseId, expectedVersion).update();
        if (rows == 0) {
            throw new ConcurrentEditException("The case");
        }
    }

    /** Closes the case on the given date (stage CLOSED), if still at the expected version. */
    public void close(long caseId, LocalDate closedOn, int expectedVersion) {
        int rows = jdbc.sql("update programme_case set stage = ?, closed_on = ?, version = version + 1 where id = ? and version = ?")
                .params(Stage.CLOSED.name(), closedOn, caseId, expectedVersion).update();
        if (rows == 0) {
            throw new ConcurrentEditException("The case");
        }
    }

    public void assign(long caseId, long staffId, Responsibility responsibility, LocalDate since) {
        boolean exists = jdbc.sql("select count(*) from case_assignment where case_id = ? and staff_id = ? and responsibility = ?")
                .params(caseId, staffId, responsibility.name()).query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into case_assignment (case_id, staff_id, responsibility, since) values (?, ?, ?, ?)")
                    .params(caseId, staffId, responsibility.name(), since).update();
        }
    }

    public void unassign(long caseId, Responsibility responsibility) {
        jdbc.sql("delete from case_assignment where case_id = ? and responsibility = ?")
                .params(caseId, responsibility.name()).update();
    }

    public List<Assignment> assignments(long caseId) {
        return jdbc.sql("""
                select a.case_id, a.staff_id, s.display_name, a.responsibility, a.since
                from case_assignment a join staff_member s on s.id = a.staff_id
                where a.case_id = ? order by a.responsibility, s.display_name""")
                .param(caseId)
                .query((rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        Responsibility.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Number of open cases per stage, for the programme page. */
    public Map<Stage, Long> countByStage() {
        return jdbc.sql("select stage, count(*) from programme_case group by stage")
                .query((rs, n) -> Map.entry(Stage.valueOf(rs.getString(1)), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
