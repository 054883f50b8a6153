package org.rightbalance.consent;

import org.rightbalance.demo.DemoCase;
import org.rightbalance.demo.DemoCasesSeeded;
import org.rightbalance.casework.CaseRepository;
import org.springframework.context.event.EventListener;

import java.time.LocalDate;

/** Synthetic consent for the demo cases: rivera, osei and begum in full, novak to some components only. */
@org.springframework.stereotype.Component
class ConsentDemoData {

    private final ConsentRepository consents;
    private final CaseRepository cases;

    ConsentDemoData(ConsentRepository consents, CaseRepository cases) {
        this.consents = consents;
        this.cases = cases;
    }

    @EventListener
    void seed(DemoCasesSeeded seeded) {
        long amara = seeded.staffId("sw.amara");
        long ben = seeded.staffId("sw.ben");
        for (String key : new String[]{"rivera", "osei"}) {
            DemoCase demo = seeded.byKey(key).orElseThrow();
            LocalDate on = cases.findById(demo.caseId()).orElseThrow().openedOn().plusDays(10);
            for (org.rightbalance.consent.Component component : org.rightbalance.consent.Component.values()) {
                consents.add(demo.caseId(), component, on, "Parent", amara);
            }
        }
        DemoCase begum = seeded.byKey("begum").orElseThrow();
        LocalDate begumOn = cases.findById(begum.caseId()).orElseThrow().openedOn().plusDays(10);
        consents.add(begum.caseId(), org.rightbalance.consent.Component.FAMILY_GROUP_CONFERENCE, begumOn, "Parent", ben);
        consents.add(begum.caseId(), org.rightbalance.consent.Component.MENTORING, begumOn, "Young person", ben);
        consents.add(begum.caseId(), org.rightbalance.consent.Component.SYSTEMIC_DISCUSSION, begumOn, "Parent", ben);

        DemoCase novak = seeded.byKey("novak").orElseThrow();
        LocalDate novakOn = cases.findById(novak.caseId()).orElseThrow().openedOn().plusDays(10);
        consents.add(novak.caseId(), org.rightbalance.consent.Component.SYSTEMIC_DISCUSSION, novakOn, "Parent", amara);
        consents.add(novak.caseId(), org.rightbalance.consent.Component.VIRTUAL_SCHOOL, novakOn, "Parent", amara);
        long mentoring = consents.add(novak.caseId(), org.rightbalance.consent.Component.MENTORING, novakOn, "Young person", amara);
        ConsentRecord given = consents.find(novak.caseId(), mentoring).orElseThrow();
        LocalDate withdrawn = seeded.today().minusDays(5);
        consents.withdraw(given.withdraw(withdrawn.isBefore(novakOn) ? novakOn : withdrawn,
                "Demo: Lena would rather not have a mentor for now."), amara);
    }
}
