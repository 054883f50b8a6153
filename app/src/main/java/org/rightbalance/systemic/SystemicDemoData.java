package org.rightbalance.systemic;

import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.NetworkMember;
import org.rightbalance.demo.DemoCasesSeeded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A synthetic systemic discussion for the Rivera demo case, after its conference: the professionals
 * around Kai, the family's dilemmas, actions with owners and a referral. The social worker and the
 * mentor have read it; the FGC coordinator and the Virtual School officer have not, so they are alerted.
 */
@Component
class SystemicDemoData {

    private final SystemicRepository discussions;
    private final ChildRepository children;

    SystemicDemoData(SystemicRepository discussions, ChildRepository children) {
        this.discussions = discussions;
        this.children = children;
    }

    @EventListener
    void seed(DemoCasesSeeded seeded) {
        seeded.byKey("rivera").ifPresent(demo -> {
            LocalDate held = seeded.today().minusMonths(5);
            long socialWorker = seeded.staffId("sw.amara");
            long id = discussions.insert(demo.caseId(), held, true,
                    "Mum wants Kai to be more independent but worries when he is out after school; Kai says he is "
                            + "blamed for his younger brother's behaviour; the school and home give different messages "
                            + "about mobile phones. (Invented for the demo.)",
                    socialWorker, held.atTime(15, 30).toInstant(ZoneOffset.UTC));
            for (NetworkMember m : children.network(demo.familyId())) {
                if (m.kind() == NetworkMember.Kind.PROFESSIONAL) {
                    discussions.addParticipant(id, m.id(), m.name(), m.organisation() != null ? m.organisation() : m.relationship());
                }
            }
            discussions.addParticipant(id, null, "Dr Demo Clinician (invented)", "Clinician in systemic practice");
            discussions.addParticipant(id, null, "CAMHS practitioner (invented)", "CAMHS");
            discussions.addParticipant(id, null, "Sam Clarke", "Mentor");
            discussions.addParticipant(id, null, "Harpreet Kaur", "Virtual School");
            discussions.addAction(id, "Agree one message about phones with school and home", "Form tutor", held.plusWeeks(3));
            discussions.addAction(id, "Plan two after-school activities Kai chooses", "Sam Clarke (mentor)", held.plusWeeks(4));
            discussions.addAction(id, "Check Kai's attendance and report back to the family", "Harpreet Kaur (Virtual School)",
                    seeded.today().plusDays(6));
            discussions.findByCase(demo.caseId()).get(0).actions().stream().limit(2)
                    .forEach(a -> discussions.complete(a.id(), a.dueOn().minusDays(2), 0));
            discussions.addReferral(id, "CAMHS parenting group (invented service)", held);
            discussions.addReferral(id, "Young carers' service (invented)", held.plusDays(2));
            discussions.markRead(id, socialWorker, held.atTime(15, 30).toInstant(ZoneOffset.UTC));
            discussions.markRead(id, seeded.staffId("mentor.sam"), held.plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC));
        });
    }
}
