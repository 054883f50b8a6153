package org.rightbalance.programme;

import org.rightbalance.access.AccessPolicy;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Responsibility;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.Stage;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.staff.StaffRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The programme page for managers. A programme manager sees the whole programme; a team manager
 * sees the cases their team holds. Nothing on the page names a child.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeService {

    private final CaseAccess access;
    private final CaseRepository cases;
    private final StaffRepository staff;
    private final OutcomeCalculator outcomes;
    private final JdbcClient jdbc;
    private final Clock clock;

    public ProgrammeService(CaseAccess access, CaseRepository cases, StaffRepository staff, OutcomeCalculator outcomes,
                            JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.staff = staff;
        this.outcomes = outcomes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ProgrammeDashboard dashboard(StaffMember actor) {
        access.requireRole(actor, AccessPolicy.maySeeProgramme(actor.role()), "programme page");
        Optional<Long> team = teamOf(actor);
        String scope = team.map(t -> "Team " + staff.teamName(t)).orElse("The whole programme");
        return new ProgrammeDashboard(scope, caseloads(Responsibility.SOCIAL_WORKER, team),
                caseloads(Responsibility.MENTOR, team), stages(team), outcomes.compute(team, LocalDate.now(clock)));
    }

    /** The team whose figures the actor sees; empty for the whole programme. */
    static Optional<Long> teamOf(StaffMember actor) {
        if (actor.is(Role.TEAM_MANAGER)) {
            // a team manager without a team sees no team's cases
            return Optional.of(actor.teamId().orElse(-1L));
        }
        return Optional.empty();
    }

    private List<ProgrammeDashboard.Caseload> caseloads(Responsibility responsibility, Optional<Long> team) {
        Map<String, Object> params = new HashMap<>();
        params.put("responsibility", responsibility.name());
        team.ifPresent(t -> params.put("team", t));
        return jdbc.sql("""
                select s.display_name, count(distinct c.id) from case_assignment a
                join programme_case c on c.id = a.case_id join staff_member s on s.id = a.staff_id
                where a.responsibility = :responsibility and c.closed_on is null
                  and c.stage not in ('CLOSED', 'NOT_TAKEN_ON')""" + (team.isPresent() ? " and c.team_id = :team" : "")
                        + " group by s.display_name order by s.display_name")
                .params(params)
                .query((rs, n) -> new ProgrammeDashboard.Caseload(rs.getString(1), Cell.exact(rs.getLong(2))))
                .list();
    }

    private List<ProgrammeDashboard.StageCount> stages(Optional<Long> team) {
        Map<Stage, Long> counts = team.isEmpty() ? cases.countByStage() : new HashMap<>();
        team.ifPresent(t -> jdbc.sql("select stage, count(*) from programme_case where team_id = ? group by stage")
                .param(t).query((rs, n) -> counts.put(Stage.valueOf(rs.getString(1)), rs.getLong(2))).list());
        List<ProgrammeDashboard.StageCount> out = new ArrayList<>();
        for (Stage s : Stage.values()) {
            out.add(new ProgrammeDashboard.StageCount(s.name(), s.label(), Cell.of(counts.getOrDefault(s, 0L))));
        }
        return out;
    }
}
