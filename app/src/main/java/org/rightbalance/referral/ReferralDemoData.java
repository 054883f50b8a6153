package org.rightbalance.referral;

import org.rightbalance.demo.DemoCase;
import org.rightbalance.demo.DemoCasesSeeded;
import org.rightbalance.child.Child;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.ProgrammeCase;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Synthetic referral records for the six demo cases (invented text). */
@Component
class ReferralDemoData {

    private final ReferralRepository referrals;
    private final CaseRepository cases;
    private final ChildRepository children;

    ReferralDemoData(ReferralRepository referrals, CaseRepository cases, ChildRepository children) {
        this.referrals = referrals;
        this.cases = cases;
        this.children = children;
    }

    @EventListener
    void seed(DemoCasesSeeded seeded) {
        long amara = seeded.staffId("sw.amara");
        long ben = seeded.staffId("sw.ben");
        long priya = seeded.staffId("tm.priya");
        long owen = seeded.staffId("tm.owen");
        long morgan = seeded.staffId("pm.morgan");
        add(seeded, "rivera", amara, SocialWorkerView.APPROPRIATE, "Demo: Kai wants help with school and at home.",
                4, 3, AllocationMethod.OBJECTIVE_CRITERIA, null, true, priya);
        add(seeded, "osei", amara, SocialWorkerView.APPROPRIATE, "Demo: the family asked about the programme.",
                5, 4, AllocationMethod.RANDOM, programmeDraw(), true, priya);
        add(seeded, "novak", priya, SocialWorkerView.APPROPRIATE, "Demo: agreed at the team meeting.",
                3, 3, AllocationMethod.OBJECTIVE_CRITERIA, null, true, priya);
        add(seeded, "begum", ben, SocialWorkerView.APPROPRIATE, "Demo: younger than the criteria; see the reason.",
                4, 2, AllocationMethod.PRACTITIONER_JUDGEMENT, null, true, owen);
        add(seeded, "campbell", ben, SocialWorkerView.NOT_YET_ASKED, null,
                3, 2, AllocationMethod.OBJECTIVE_CRITERIA, null, false, null);
        add(seeded, "murphy", morgan, SocialWorkerView.NOT_YET_ASKED, null,
                2, 2, AllocationMethod.PRACTITIONER_JUDGEMENT, null, false, null);
    }

    /** A recorded draw that fell in the programme arm: the first such seed, so the demo is repeatable. */
    private static RandomDraw programmeDraw() {
        for (long seed = 1; ; seed++) {
            RandomDraw draw = RandomDraw.withSeed(0.5, seed);
            if (draw.arm() == RandomDraw.Arm.PROGRAMME) {
                return draw;
            }
        }
    }

    private void add(DemoCasesSeeded seeded, String key, long proposedBy, SocialWorkerView view, String comment,
                     int motivation, int stability, AllocationMethod method, RandomDraw draw, boolean accepted,
                     Long decidedBy) {
        DemoCase demo = seeded.byKey(key).orElseThrow();
        ProgrammeCase c = cases.findById(demo.caseId()).orElseThrow();
        Child child = children.findById(demo.childId()).orElseThrow();
        LocalDate referred = c.openedOn();
        int age = child.ageOn(referred);
        String reason = Referral.meetsAgeCriteria(age) ? null
                : "Demo: an older sibling was on the programme and the family asked for the younger child too.";
        Referral referral = Referral.propose(demo.caseId(), referred, age, reason, proposedBy, view, comment, motivation,
                "Demo: invented note on motivation.", stability, "Demo: invented note on stability.", method, draw);
        if (accepted) {
            referral = referral.allocate(referred.plusDays(7), decidedBy);
        }
        referrals.add(referral);
    }
}
