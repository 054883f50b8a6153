package org.rightbalance.conference;

import org.rightbalance.access.Responsibility;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.NetworkMember;
import org.rightbalance.child.Sex;
import org.rightbalance.consent.Component;
import org.rightbalance.staff.StaffRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A fresh synthetic case for a test that changes data, in the North team, worked on by sw.amara,
 * fgc.lee and mentor.jo, with one relative and one professional in the family's network. A bean of
 * the test context: tests {@code @Autowired} it.
 */
@org.springframework.stereotype.Component
public final class FreshCases {

    private final JdbcClient jdbc;
    private final ChildRepository children;
    private final CaseRepository cases;
    private final StaffRepository staff;

    public FreshCases(JdbcClient jdbc, ChildRepository children, CaseRepository cases, StaffRepository staff) {
        this.jdbc = jdbc;
        this.children = children;
        this.cases = cases;
        this.staff = staff;
    }

    /** The new case, its relative and its professional. */
    public record Created(long caseId, long relativeId, long professionalId) {
    }

    public Created create() {
        String key = UUID.randomUUID().toString().substring(0, 8);
        long familyId = children.addFamily("Testfamily", "1 Test Street", "ZZ99 9ZZ");
        long relative = children.addNetworkMember(familyId, "Aunt Tess (test)", "Aunt", NetworkMember.Kind.FAMILY, null, null, false);
        long professional = children.addNetworkMember(familyId, "Tutor Tom (test)", "Form tutor",
                NetworkMember.Kind.PROFESSIONAL, "Test Academy", null, false);
        long childId = children.addChild("TEST-" + key, "Testchild", "Testfamily", LocalDate.now().minusYears(11),
                Sex.F, null, familyId);
        long caseId = cases.open(childId, staff.findTeam("North").orElseThrow(), LocalDate.now().minusMonths(3));
        assign(caseId, "sw.amara", Responsibility.SOCIAL_WORKER);
        assign(caseId, "fgc.lee", Responsibility.FGC_COORDINATOR);
        assign(caseId, "mentor.jo", Responsibility.MENTOR);
        return new Created(caseId, relative, professional);
    }

    /** The family's consent to the component, given two months ago. */
    public void consent(long caseId, Component component) {
        jdbc.sql("insert into consent (case_id, component, given_on, given_by, recorded_by) values (?, ?, ?, ?, ?)")
                .params(caseId, component.name(), LocalDate.now().minusMonths(2), "Parent (test)",
                        staff.findByUsername("sw.amara").orElseThrow().id())
                .update();
    }

    public void withdraw(long caseId, Component component, LocalDate on) {
        jdbc.sql("update consent set withdrawn_on = ?, withdrawal_reason = ? where case_id = ? and component = ?")
                .params(on, "Family changed its mind (test)", caseId, component.name()).update();
    }

    private void assign(long caseId, String username, Responsibility responsibility) {
        cases.assign(caseId, staff.findByUsername(username).orElseThrow().id(), responsibility, LocalDate.now().minusMonths(2));
    }
}
