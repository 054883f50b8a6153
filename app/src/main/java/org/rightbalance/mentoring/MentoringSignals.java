package org.rightbalance.mentoring;

import org.rightbalance.access.Section;
import org.rightbalance.casework.Alert;
import org.rightbalance.casework.AlertSource;
import org.rightbalance.casework.CasePaths;
import org.rightbalance.casework.DueItem;
import org.rightbalance.casework.DueItemSource;
import org.rightbalance.casework.TimelineEntry;
import org.rightbalance.casework.TimelineSource;
import org.rightbalance.consent.Component;
import org.rightbalance.consent.ConsentGate;
import org.rightbalance.mentoring.MentoringRepository.MentorAssignment;


import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What mentoring contributes to the chronology, the due list and the alerts. A missed session raises
 * an alert to the social worker; two or more in a row, or no session held for
 * {@value #GAP_DAYS} days on an open mentoring case, raise a stronger one: the report records a child
 * disengaging after a mentor stopped coming (chapter 3).
 */
@org.springframework.stereotype.Component
class MentoringSignals implements TimelineSource, DueItemSource, AlertSource {

    static final int GAP_DAYS = 21;

    private final MentoringRepository sessions;
    private final ConsentGate consent;
    private final Clock clock;

    MentoringSignals(MentoringRepository sessions, ConsentGate consent, Clock clock) {
        this.sessions = sessions;
        this.consent = consent;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> entries(long caseId) {
        String link = CasePaths.of(caseId, Section.MENTORING);
        List<TimelineEntry> entries = new ArrayList<>();
        for (MentoringSession s : sessions.forCase(caseId)) {
            switch (s.status()) {
                case HELD -> entries.add(new TimelineEntry(s.date(), Section.MENTORING,
                        "Mentoring session held with " + s.mentorName(), s.note(), link));
                case MISSED -> entries.add(new TimelineEntry(s.date(), Section.MENTORING,
                        "Mentoring session missed: " + s.missedBy().label().toLowerCase(), s.reason(), link));
                case PLANNED -> {
                    // Plans are due items, not history.
                }
            }
        }
        return entries;
    }

    @Override
    public List<DueItem> dueItems(List<Long> caseIds, LocalDate until) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = sessions.childNames(caseIds);
        return sessions.forCases(caseIds).stream().filter(MentoringSession::isPlanned)
                .filter(s -> !s.date().isAfter(until))
                // A session still to come is off once the family withdraws consent to mentoring.
                .filter(s -> s.date().isBefore(today) || consent.isGiven(s.caseId(), Component.MENTORING, s.date()))
                .map(s -> new DueItem(s.caseId(), Section.MENTORING, s.date(), s.date().isBefore(today)
                        ? names.get(s.caseId()) + ": record whether the mentoring session at " + s.startTime() + " ("
                        + s.place() + ") was held"
                        : names.get(s.caseId()) + ": mentoring session with " + s.mentorName() + " at " + s.startTime()
                        + ", " + s.place(),
                        CasePaths.of(s.caseId(), Section.MENTORING) + "/sessions/" + s.id()))
                .toList();
    }

    @Override
    public List<Alert> alerts(List<Long> caseIds) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<MentoringSession>> byCase = sessions.forCases(caseIds).stream()
                .collect(Collectors.groupingBy(MentoringSession::caseId));
        Map<Long, String> names = sessions.childNames(caseIds);
        List<Alert> alerts = new ArrayList<>();
        for (long caseId : caseIds) {
            alerts.addAll(alertsFor(caseId, names.get(caseId), byCase.getOrDefault(caseId, List.of())));
        }
        for (MentorAssignment a : sessions.mentorAssignments(caseIds)) {
            if (a.caseOpen() && consent.isGiven(a.caseId(), Component.MENTORING, today)) {
                LocalDate lastHeld = byCase.getOrDefault(a.caseId(), List.of()).stream()
                        .filter(s -> s.status() == SessionStatus.HELD).map(MentoringSession::date)
                        .max(Comparator.naturalOrder()).orElse(a.since());
                LocalDate since = lastHeld.isBefore(a.since()) ? a.since() : lastHeld;
                long days = ChronoUnit.DAYS.between(since, today);
                if (days > GAP_DAYS) {
                    alerts.add(new Alert(a.caseId(), Section.MENTORING, since.plusDays(GAP_DAYS + 1L),
                            names.get(a.caseId()) + ": urgent, no mentoring session held for " + days + " days (mentor " + a.mentorName()
                                    + "). Check with the mentor and the family before the young person disengages.",
                            CasePaths.of(a.caseId(), Section.MENTORING)));
                }
            }
        }
        return alerts;
    }

    /** The missed-session alerts of one case, from its sessions oldest first. */
    static List<Alert> alertsFor(long caseId, String childName, List<MentoringSession> sessions) {
        List<MentoringSession> recorded = sessions.stream().filter(s -> !s.isPlanned())
                .sorted(Comparator.comparing(MentoringSession::date).thenComparing(MentoringSession::startTime)).toList();
        int inARow = 0;
        for (int i = recorded.size() - 1; i >= 0 && recorded.get(i).status() == SessionStatus.MISSED; i--) {
            inARow++;
        }
        if (inARow == 0) {
            return List.of();
        }
        MentoringSession last = recorded.get(recorded.size() - 1);
        String link = CasePaths.of(caseId, Section.MENTORING);
        if (inARow >= 2) {
            return List.of(new Alert(caseId, Section.MENTORING, last.date(), childName + ": urgent, " + inARow
                    + " mentoring sessions missed in a row, the latest on " + last.date() + " ("
                    + last.missedBy().label().toLowerCase() + "). Speak to the mentor and the family.", link));
        }
        return List.of(new Alert(caseId, Section.MENTORING, last.date(), childName + ": mentoring session on " + last.date()
                + " missed (" + last.missedBy().label().toLowerCase() + "): " + last.reason(), link));
    }
}
