package org.rightbalance.conference;

import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.NetworkMember;
import org.rightbalance.demo.DemoCase;
import org.rightbalance.demo.DemoCasesSeeded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Synthetic conferences for the demo cases: Rivera's conference six months ago with six goals, three
 * reviews and one amendment; Osei's recent conference with its goals and no review yet. Every goal
 * and name here is invented.
 */
@Component
class ConferenceDemoData {

    private final ConferenceRepository conferences;
    private final ChildRepository children;

    ConferenceDemoData(ConferenceRepository conferences, ChildRepository children) {
        this.conferences = conferences;
        this.children = children;
    }

    @EventListener
    void seed(DemoCasesSeeded seeded) {
        seeded.byKey("rivera").ifPresent(c -> rivera(c, seeded));
        seeded.byKey("osei").ifPresent(c -> osei(c, seeded));
    }

    private void rivera(DemoCase demo, DemoCasesSeeded seeded) {
        LocalDate held = seeded.today().minusMonths(6);
        long coordinator = seeded.staffId("fgc.lee");
        long id = conferences.insert(demo.caseId(), new ConferenceDetails(held, "Demo Community Centre, small hall",
                true, 60, null), coordinator);
        invite(id, demo, true);
        conferences.addInvitee(id, null, "Uncle Marco (invented)", "Uncle", true);
        conferences.addInvitee(id, null, "Family friend Dee (invented)", "Neighbour", false);
        String[][] goals = {
                {"Kai gets to school on time every day", "3", "5", "6", "8"},
                {"We eat together as a family three times a week", "2", "4", "6", "7"},
                {"Kai and Mum have one calm talk each evening without shouting", "4", "4", "6", "7"},
                {"Kai never gets in trouble at school", "3", "4", "5", "7"},
                {"Kai goes to football club every Saturday", "5", "6", "8", "9"},
                {"Nan looks after Kai on Wednesdays so Mum can have a rest", "2", "5", "6", "8"}};
        String[][] actions = {
                {"Mum", "set two alarms and walk with Kai to the bus stop", "Kai", "pack his bag the night before"},
                {"Mum", "plan three family meals each week with Kai choosing one", "Nan", "cook Sunday dinner for everyone"},
                {"Kai and Mum", "use the 'pause card' when a talk gets heated", null, null},
                {"Kai", "tell his form tutor when something is winding him up", "Mum", "check the school app every Friday"},
                {"Uncle Marco", "take Kai to football on Saturday mornings", null, null},
                {"Nan", "collect Kai from school every Wednesday", null, null}};
        List<Long> goalIds = new ArrayList<>();
        for (int i = 0; i < goals.length; i++) {
            long goalId = conferences.addGoal(id, goals[i][0]);
            goalIds.add(goalId);
            conferences.addScore(new Score(goalId, null, held, Integer.parseInt(goals[i][1])));
            for (int a = 0; a < 4; a += 2) {
                if (actions[i][a] != null) {
                    conferences.addAction(goalId, new GoalAction(0, goalId, actions[i][a], actions[i][a + 1], held.plusWeeks(4 + a)));
                }
            }
        }
        conferences.agree(id, held, 0);
        long socialWorker = seeded.staffId("sw.amara");
        for (int r = 0; r < 3; r++) {
            LocalDate reviewed = held.plusWeeks(6L * (r + 1));
            long reviewId = conferences.addReview(id, reviewed, coordinator);
            for (int i = 0; i < goals.length; i++) {
                conferences.addScore(new Score(goalIds.get(i), reviewId, reviewed, Integer.parseInt(goals[i][2 + r])));
            }
            if (r == 0) {
                String before = goals[3][0];
                String after = "Kai has fewer than two behaviour points a week at school";
                conferences.changeWording(goalIds.get(3), after, 0);
                conferences.addAmendment(new Amendment(0, goalIds.get(3), "Changed the goal's wording", before, after,
                        "The school counts behaviour points each week, so the family and school can see progress at "
                                + "the review; agreed with Mum and Kai at the first review", socialWorker,
                        "Amara Okafor", reviewed.atTime(16, 0).toInstant(ZoneOffset.UTC)));
            }
        }
        conferences.setNextReviewDue(id, seeded.today().plusDays(10), 1);
    }

    private void osei(DemoCase demo, DemoCasesSeeded seeded) {
        LocalDate held = seeded.today().minusDays(12);
        long id = conferences.insert(demo.caseId(), new ConferenceDetails(held, "The family's home (their choice)",
                true, 45, seeded.today().plusDays(9)), seeded.staffId("fgc.lee"));
        invite(id, demo, true);
        conferences.addInvitee(id, null, "Ama's dad (invented)", "Father", false);
        String[][] goals = {
                {"Ama feels happy going to her new school", "4"},
                {"We have a bedtime routine that works for everyone", "3"},
                {"Ama sees her dad every other weekend", "5"},
                {"Mum gets help with the housing letters", "2"}};
        for (String[] g : goals) {
            long goalId = conferences.addGoal(id, g[0]);
            conferences.addScore(new Score(goalId, null, held, Integer.parseInt(g[1])));
        }
        conferences.agree(id, held, 0);
    }

    private void invite(long conferenceId, DemoCase demo, boolean attended) {
        for (NetworkMember m : children.network(demo.familyId())) {
            if (m.kind() != NetworkMember.Kind.PROFESSIONAL) {
                conferences.addInvitee(conferenceId, m.id(), m.name(), m.relationship(), attended);
            }
        }
    }
}
