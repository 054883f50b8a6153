package org.rightbalance.mentoring;

import org.rightbalance.demo.DemoCase;
import org.rightbalance.demo.DemoCasesSeeded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Synthetic mentoring sessions for the demo cases. Every note is invented: Kai Rivera has a dozen
 * sessions with Sam Clarke over several months, one missed recently; Ama Osei has sessions planned
 * with Jo Evans; Rafi Begum had sessions before his case closed.
 */
@Component
class MentoringDemoData {

    private static final List<String> ACTIVITIES = List.of("Youth centre: table tennis and a chat",
            "Homework club at the library", "Walk in the park", "Football at the leisure centre",
            "Cafe: planning for the school week", "Climbing wall taster session");

    private final MentoringRepository sessions;
    private final JdbcClient jdbc;

    MentoringDemoData(MentoringRepository sessions, JdbcClient jdbc) {
        this.sessions = sessions;
        this.jdbc = jdbc;
    }

    @EventListener
    void seed(DemoCasesSeeded seeded) {
        LocalDate today = seeded.today();
        seeded.byKey("rivera").ifPresent(c -> rivera(c, seeded, today));
        seeded.byKey("osei").ifPresent(c -> osei(c, seeded, today));
        seeded.byKey("begum").ifPresent(c -> begum(c, seeded));
    }

    private void rivera(DemoCase c, DemoCasesSeeded seeded, LocalDate today) {
        long sam = seeded.staffId("mentor.sam");
        long sw = seeded.staffId("sw.amara");
        consent(c.caseId(), today.minusMonths(6), sw);
        // Twelve sessions a fortnight apart, the last one (missed) five days ago.
        for (int i = 11; i >= 0; i--) {
            LocalDate date = today.minusDays(5 + 14L * i);
            String activity = ACTIVITIES.get(i % ACTIVITIES.size());
            MentoringSession s = i == 0
                    ? session(c.caseId(), sam, date, activity, SessionStatus.MISSED, null, MissedBy.YOUNG_PERSON,
                    "Demo: Kai was not at home when the mentor arrived; his mother said he had gone to a friend's.")
                    : session(c.caseId(), sam, date, activity, SessionStatus.HELD,
                    "Demo: " + activity.toLowerCase() + "; talked about how school is going.", null, null);
            sessions.insertRecorded(s, sam);
        }
        sessions.plan(c.caseId(), sam, today.plusDays(3), LocalTime.of(16, 30), 60, "Youth centre", sam);
        sessions.plan(c.caseId(), sam, today.plusDays(17), LocalTime.of(16, 30), 90, "Homework club at the library", sam);
    }

    private void osei(DemoCase c, DemoCasesSeeded seeded, LocalDate today) {
        long jo = seeded.staffId("mentor.jo");
        consent(c.caseId(), today.minusMonths(3), seeded.staffId("sw.amara"));
        sessions.insertRecorded(session(c.caseId(), jo, today.minusDays(8), "Cafe: first meeting with Ama and her mother",
                SessionStatus.HELD, "Demo: introductions; agreed to meet weekly after school.", null, null), jo);
        for (int week = 0; week < 3; week++) {
            sessions.plan(c.caseId(), jo, today.plusDays(2 + 7L * week), LocalTime.of(15, 45), 60,
                    ACTIVITIES.get(week + 1), jo);
        }
    }

    private void begum(DemoCase c, DemoCasesSeeded seeded) {
        long sam = seeded.staffId("mentor.sam");
        LocalDate opened = jdbc.sql("select opened_on from programme_case where id = ?").param(c.caseId())
                .query(LocalDate.class).single();
        consent(c.caseId(), opened.plusWeeks(1), seeded.staffId("sw.ben"));
        for (int i = 0; i < 8; i++) {
            LocalDate date = opened.plusWeeks(7 + 4L * i);
            String activity = ACTIVITIES.get((i + 2) % ACTIVITIES.size());
            sessions.insertRecorded(session(c.caseId(), sam, date, activity, SessionStatus.HELD,
                    "Demo: " + activity.toLowerCase() + (i == 7 ? "; said goodbye and talked about where Rafi can turn next." : "."),
                    null, null), sam);
        }
    }

    private static MentoringSession session(long caseId, long mentorId, LocalDate date, String place, SessionStatus status,
                                            String note, MissedBy missedBy, String reason) {
        return new MentoringSession(0, caseId, mentorId, "", date, LocalTime.of(16, 0), 60, place, status, note,
                missedBy, reason, 0);
    }

    /** Consent to mentoring, unless the consent feature's own demo data recorded it already. */
    private void consent(long caseId, LocalDate givenOn, long recordedBy) {
        boolean exists = jdbc.sql("select count(*) from consent where case_id = ? and component = 'MENTORING'")
                .param(caseId).query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into consent (case_id, component, given_on, given_by, recorded_by) values (?, 'MENTORING', ?, ?, ?)")
                    .params(caseId, givenOn, "Demo parent (synthetic)", recordedBy).update();
        }
    }
}
