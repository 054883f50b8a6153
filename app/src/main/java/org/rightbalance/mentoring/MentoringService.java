package org.rightbalance.mentoring;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Section;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.ProgrammeCase;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.consent.Component;
import org.rightbalance.consent.ConsentGate;
import org.rightbalance.mentoring.MentoringRepository.MentorAssignment;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Mentoring: planning sessions, recording them as held or missed, and mentors' caseloads. */
@Service
@Transactional
public class MentoringService {

    /** How far back the caseload counts sessions. */
    static final int CASELOAD_WINDOW_DAYS = 28;

    private final CaseAccess caseAccess;
    private final CaseRepository cases;
    private final ChildRepository children;
    private final MentoringRepository sessions;
    private final ConsentGate consent;
    private final Clock clock;

    public MentoringService(CaseAccess caseAccess, CaseRepository cases, ChildRepository children,
                            MentoringRepository sessions, ConsentGate consent, Clock clock) {
        this.caseAccess = caseAccess;
        this.cases = cases;
        this.children = children;
        this.sessions = sessions;
        this.consent = consent;
        this.clock = clock;
    }

    public MentoringRecord record(StaffMember actor, long caseId) {
        caseAccess.require(actor, caseId, Section.MENTORING, Operation.VIEW, "mentoring sessions");
        LocalDate today = LocalDate.now(clock);
        String mentor = sessions.mentorAssignments(List.of(caseId)).stream().map(MentorAssignment::mentorName)
                .findFirst().orElse(null);
        return new MentoringRecord(caseId, childName(caseId), mentor, sessions.forCase(caseId),
                consent.isGiven(caseId, Component.MENTORING, today),
                caseAccess.can(actor, caseId, Section.MENTORING, Operation.CHANGE),
                caseAccess.viewableSections(actor, caseId));
    }

    public SessionPage session(StaffMember actor, long caseId, long sessionId) {
        caseAccess.require(actor, caseId, Section.MENTORING, Operation.VIEW, "mentoring session " + sessionId);
        MentoringSession session = sessions.find(caseId, sessionId)
                .orElseThrow(() -> new RecordNotFoundException("mentoring session " + sessionId));
        return new SessionPage(caseId, childName(caseId), session, caseAccess.viewableSections(actor, caseId));
    }

    /**
     * Plans a session with the case's mentor (the actor, if they are the mentor).
     *
     * @throws InvalidRequestException if the family has not consented (or has withdrawn), the case is
     *                                 closed or not yet open on that date, or no mentor is assigned
     */
    public MentoringSession plan(StaffMember actor, long caseId, PlanSessionForm form) {
        caseAccess.require(actor, caseId, Section.MENTORING, Operation.CHANGE, "plan mentoring session");
        ProgrammeCase programmeCase = cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
        LocalDate today = LocalDate.now(clock);
        if (form.getDate() == null || form.getTime() == null || form.getDurationMinutes() == null || form.getPlace() == null) {
            throw new InvalidRequestException(null, "Enter the date, time, length and place of the session");
        }
        LocalDate date = form.getDate();
        if (!programmeCase.isOpen()) {
            throw new InvalidRequestException("date", "The case is closed: no new mentoring sessions can be planned");
        }
        if (date.isBefore(programmeCase.openedOn())) {
            throw new InvalidRequestException("date", "The session must be on or after the date the case was opened ("
                    + programmeCase.openedOn() + ")");
        }
        if (date.isAfter(today.plusYears(1))) {
            throw new InvalidRequestException("date", "The session must be within the next year");
        }
        consent.requireGiven(caseId, Component.MENTORING, today, "date");
        consent.requireGiven(caseId, Component.MENTORING, date, "date");
        long mentorId = mentorFor(actor, caseId);
        long id = sessions.plan(caseId, mentorId, date, LocalTime.parse(padTime(form.getTime())),
                form.getDurationMinutes(), form.getPlace().strip(), actor.id());
        return sessions.find(caseId, id).orElseThrow();
    }

    /**
     * Records a planned session as held or missed.
     *
     * @throws InvalidRequestException if the outcome is incomplete, the session is in the future or already recorded
     * @throws org.rightbalance.system.ConcurrentEditException if someone else changed the session since {@code form.version}
     */
    public MentoringSession recordOutcome(StaffMember actor, long caseId, long sessionId, SessionOutcomeForm form) {
        caseAccess.require(actor, caseId, Section.MENTORING, Operation.CHANGE, "record mentoring session " + sessionId);
        MentoringSession stored = sessions.find(caseId, sessionId)
                .orElseThrow(() -> new RecordNotFoundException("mentoring session " + sessionId));
        LocalDate today = LocalDate.now(clock);
        if (stored.version() != form.getVersion()) {
            throw new org.rightbalance.system.ConcurrentEditException("The mentoring session");
        }
        if (stored.date().isAfter(today)) {
            throw new InvalidRequestException("outcome", "The session is on " + stored.date()
                    + ": you can record whether it was held once that day has come");
        }
        MentoringSession updated;
        if ("HELD".equals(form.getOutcome())) {
            consent.requireGiven(caseId, Component.MENTORING, stored.date(), "outcome");
            updated = stored.hold(form.getNote());
        } else if ("MISSED".equals(form.getOutcome())) {
            MissedBy by = form.getMissedBy() == null || form.getMissedBy().isBlank() ? null : MissedBy.valueOf(form.getMissedBy());
            updated = stored.miss(by, form.getReason());
        } else {
            throw new InvalidRequestException("outcome", "Select whether the session was held or missed");
        }
        sessions.saveOutcome(updated, actor.id());
        return sessions.find(caseId, sessionId).orElseThrow();
    }

    /** Mentors' caseloads: a mentor sees their own; team and programme managers every mentor's, over the children they may see. */
    @Transactional(readOnly = true)
    public Caseload caseload(StaffMember actor) {
        caseAccess.requireRole(actor, actor.is(Role.MENTOR) || actor.is(Role.TEAM_MANAGER)
                || actor.is(Role.PROGRAMME_MANAGER), "mentor caseload");
        LocalDate today = LocalDate.now(clock);
        LocalDate windowStart = today.minusDays(CASELOAD_WINDOW_DAYS - 1L);
        List<Long> visible = caseAccess.visibleCaseIds(actor).stream()
                .filter(id -> caseAccess.can(actor, id, Section.MENTORING, Operation.VIEW)).toList();
        List<MentorAssignment> assignments = sessions.mentorAssignments(visible).stream()
                .filter(a -> !actor.is(Role.MENTOR) || a.mentorId() == actor.id()).toList();
        List<MentoringSession> all = sessions.forCases(visible);
        Map<Long, List<MentorAssignment>> byMentor = new LinkedHashMap<>();
        assignments.forEach(a -> byMentor.computeIfAbsent(a.mentorId(), k -> new ArrayList<>()).add(a));
        List<Caseload.MentorLoad> loads = new ArrayList<>();
        for (List<MentorAssignment> mine : byMentor.values()) {
            long mentorId = mine.get(0).mentorId();
            List<MentoringSession> theirs = all.stream().filter(s -> s.mentorId() == mentorId).toList();
            List<MentoringSession> inWindow = theirs.stream()
                    .filter(s -> !s.date().isBefore(windowStart) && !s.date().isAfter(today)).toList();
            List<Caseload.MentoredChild> mentored = new ArrayList<>();
            for (MentorAssignment a : mine) {
                List<MentoringSession> forCase = theirs.stream().filter(s -> s.caseId() == a.caseId()).toList();
                mentored.add(new Caseload.MentoredChild(a.caseId(), childName(a.caseId()), a.caseOpen(),
                        forCase.stream().filter(s -> s.status() == SessionStatus.HELD).map(MentoringSession::date)
                                .max(Comparator.naturalOrder()).orElse(null),
                        forCase.stream().filter(s -> s.isPlanned() && !s.date().isBefore(today)).map(MentoringSession::date)
                                .min(Comparator.naturalOrder()).orElse(null),
                        (int) inWindow.stream().filter(s -> s.caseId() == a.caseId() && s.status() == SessionStatus.MISSED).count()));
            }
            loads.add(new Caseload.MentorLoad(mentorId, mine.get(0).mentorName(),
                    (int) mine.stream().filter(MentorAssignment::caseOpen).count(), inWindow.size(),
                    (int) inWindow.stream().filter(s -> s.status() == SessionStatus.HELD).count(),
                    (int) inWindow.stream().filter(s -> s.status() == SessionStatus.MISSED).count(),
                    inWindow.stream().mapToDouble(MentoringSession::hoursHeld).sum(),
                    (int) theirs.stream().filter(s -> s.isPlanned() && s.date().isAfter(today)).count(),
                    mentored));
        }
        return new Caseload(today, windowStart, loads);
    }

    private long mentorFor(StaffMember actor, long caseId) {
        List<MentorAssignment> mentors = sessions.mentorAssignments(List.of(caseId));
        Optional<MentorAssignment> self = mentors.stream().filter(m -> m.mentorId() == actor.id()).findFirst();
        if (self.isPresent()) {
            return self.get().mentorId();
        }
        return mentors.stream().findFirst().map(MentorAssignment::mentorId).orElseThrow(() ->
                new InvalidRequestException("date", "No mentor is assigned to this case yet: assign a mentor before planning sessions"));
    }

    private String childName(long caseId) {
        ProgrammeCase c = cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
        return children.findById(c.childId()).orElseThrow().fullName();
    }

    private static String padTime(String time) {
        return time.length() == 4 ? "0" + time : time;
    }
}
