package org.rightbalance.support;

import org.rightbalance.access.Responsibility;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.Stage;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.Sex;
import org.rightbalance.staff.StaffRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh synthetic cases for the mentoring and Virtual School tests, so that tests changing data do
 * not depend on the demo cases or on one another.
 */
@Component
public class ServiceCases {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final ChildRepository children;
    private final CaseRepository cases;
    private final StaffRepository staff;
    private final JdbcClient jdbc;

    public ServiceCases(ChildRepository children, CaseRepository cases, StaffRepository staff, JdbcClient jdbc) {
        this.children = children;
        this.cases = cases;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    /**
     * A North case opened on {@code openedOn} for a child of {@code age} at that date, with sw.amara,
     * mentor.sam (since {@code openedOn}) and vs.harpreet assigned and no consent yet.
     */
    public long northCase(String givenName, LocalDate openedOn, int age) {
        int n = NEXT.incrementAndGet();
        long familyId = children.addFamily("Testfamily", "2 Example Road, Demo Town", "ZZ99 9ZZ");
        long childId = children.addChild("SVC-TEST-" + System.nanoTime() + "-" + n, givenName, "Testfamily",
                openedOn.minusYears(age).minusDays(10), Sex.F, "WBRI", familyId);
        long caseId = cases.open(childId, staff.findTeam("North").orElseThrow(), openedOn);
        cases.moveTo(caseId, Stage.SUPPORTING, 0);
        cases.assign(caseId, id("sw.amara"), Responsibility.SOCIAL_WORKER, openedOn);
        cases.assign(caseId, id("mentor.sam"), Responsibility.MENTOR, openedOn);
        cases.assign(caseId, id("vs.harpreet"), Responsibility.VIRTUAL_SCHOOL_OFFICER, openedOn);
        return caseId;
    }

    /** Records the family's consent to a component, given on {@code givenOn}. */
    public void consent(long caseId, String component, LocalDate givenOn) {
        jdbc.sql("insert into consent (case_id, component, given_on, given_by, recorded_by) values (?, ?, ?, ?, ?)")
                .params(caseId, component, givenOn, "Test parent", id("sw.amara")).update();
    }

    /** Withdraws every consent to the component on the case, from {@code on}. */
    public void withdraw(long caseId, String component, LocalDate on) {
        jdbc.sql("update consent set withdrawn_on = ?, withdrawal_reason = ? where case_id = ? and component = ?")
                .params(on, "Test withdrawal", caseId, component).update();
    }

    public long id(String username) {
        return staff.findByUsername(username).orElseThrow().id();
    }
}
