package org.rightbalance.programme;

import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.Stage;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.Sex;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Hand-made children, cases and social care events for tests, in a team of their own. */
public final class CaseRecords {

    private final JdbcClient jdbc;
    private final ChildRepository children;
    private final CaseRepository cases;
    private final StaffRepository staff;
    public final String prefix = UUID.randomUUID().toString().substring(0, 8);
    public final long teamId;

    public CaseRecords(JdbcClient jdbc, ChildRepository children, CaseRepository cases, StaffRepository staff) {
        this.jdbc = jdbc;
        this.children = children;
        this.cases = cases;
        this.staff = staff;
        this.teamId = staff.addTeam("Test team " + prefix);
    }

    /** A team manager of this team; returns the username. */
    public String teamManager() {
        String username = "tm." + prefix;
        staff.add(username, "Manager " + prefix, Role.TEAM_MANAGER, Optional.of(teamId), null);
        return username;
    }

    public long child(String key) {
        long family = children.addFamily("Family " + prefix, null, null);
        return children.addChild(prefix + "-" + key, "Test", "Child " + key, LocalDate.of(2010, 1, 1), Sex.F, "WBRI", family);
    }

    /** A started case (direct support) opened on the date. */
    public long startedCase(long childId, LocalDate opened) {
        long id = cases.open(childId, teamId, opened);
        cases.moveTo(id, Stage.SUPPORTING, 0);
        return id;
    }

    public long referral(long childId, LocalDate date) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into social_care_referral (child_id, referral_date) values (?, ?)").params(childId, date)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public void cinPlan(long childId, long referralId, LocalDate start, LocalDate end) {
        jdbc.sql("insert into cin_plan (child_id, referral_id, start_date, end_date) values (?, ?, ?, ?)")
                .params(childId, referralId, start, end).update();
    }

    public void cpPlan(long childId, long referralId, LocalDate start) {
        jdbc.sql("insert into child_protection_plan (child_id, referral_id, start_date) values (?, ?, ?)")
                .params(childId, referralId, start).update();
    }

    public void care(long childId, LocalDate start) {
        jdbc.sql("insert into care_period (child_id, start_date) values (?, ?)").params(childId, start).update();
    }

    public void consent(long caseId, String component, LocalDate given, long recordedBy) {
        jdbc.sql("insert into consent (case_id, component, given_on, given_by, recorded_by) values (?, ?, ?, ?, ?)")
                .params(caseId, component, given, "Parent", recordedBy).update();
    }
}
