package org.rightbalance.closure;

import org.rightbalance.casework.CaseRepository;
import org.rightbalance.demo.DemoCase;
import org.rightbalance.demo.DemoCasesSeeded;
import org.rightbalance.socialcare.ReasonForClosure;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The closure record of the closed demo case (begum); invented text. */
@Component
class ClosureDemoData {

    private final ClosureRepository closures;
    private final CaseRepository cases;

    ClosureDemoData(ClosureRepository closures, CaseRepository cases) {
        this.closures = closures;
        this.cases = cases;
    }

    @EventListener
    void seed(DemoCasesSeeded seeded) {
        DemoCase begum = seeded.byKey("begum").orElseThrow();
        var closedOn = cases.findById(begum.caseId()).orElseThrow().closedOn().orElseThrow();
        closures.add(Closure.of(begum.caseId(), ReasonForClosure.RC7, closedOn,
                new ClosurePlan("Demo: the school's family support worker (Demo Primary, 01234 000000); "
                        + "the early help duty line (01234 000001).", MentorArrangement.STAYS_IN_TOUCH,
                        "Demo: Sam will meet Rafi once a month until the summer, then hand over to the youth club."),
                seeded.staffId("sw.ben")));
    }
}
