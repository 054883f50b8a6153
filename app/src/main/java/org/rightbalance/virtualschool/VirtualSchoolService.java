package org.rightbalance.virtualschool;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Section;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.ProgrammeCase;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.consent.Component;
import org.rightbalance.consent.ConsentGate;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.ConcurrentEditException;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/** Virtual School education support: attendance per term and attainment at each time point. */
@Service
@Transactional
public class VirtualSchoolService {

    private final CaseAccess caseAccess;
    private final CaseRepository cases;
    private final ChildRepository children;
    private final VirtualSchoolRepository records;
    private final ConsentGate consent;
    private final Clock clock;

    public VirtualSchoolService(CaseAccess caseAccess, CaseRepository cases, ChildRepository children,
                                VirtualSchoolRepository records, ConsentGate consent, Clock clock) {
        this.caseAccess = caseAccess;
        this.cases = cases;
        this.children = children;
        this.records = records;
        this.consent = consent;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VirtualSchoolRecord record(StaffMember actor, long caseId) {
        caseAccess.require(actor, caseId, Section.VIRTUAL_SCHOOL, Operation.VIEW, "Virtual School records");
        return new VirtualSchoolRecord(caseId, childName(caseId), records.attendance(caseId), records.attainment(caseId),
                consent.isGiven(caseId, Component.VIRTUAL_SCHOOL, LocalDate.now(clock)),
                caseAccess.can(actor, caseId, Section.VIRTUAL_SCHOOL, Operation.CHANGE),
                caseAccess.viewableSections(actor, caseId));
    }

    @Transactional(readOnly = true)
    public AttendanceRecord attendance(StaffMember actor, long caseId, long attendanceId) {
        caseAccess.require(actor, caseId, Section.VIRTUAL_SCHOOL, Operation.VIEW, "attendance record " + attendanceId);
        return records.findAttendance(caseId, attendanceId)
                .orElseThrow(() -> new RecordNotFoundException("attendance record " + attendanceId));
    }

    /**
     * Records a term's attendance.
     *
     * @throws InvalidRequestException if consent is not given, the term has not started, is already
     *                                 recorded, or more sessions were attended than possible
     */
    public AttendanceRecord addAttendance(StaffMember actor, long caseId, AttendanceForm form) {
        caseAccess.require(actor, caseId, Section.VIRTUAL_SCHOOL, Operation.CHANGE, "record attendance");
        consent.requireGiven(caseId, Component.VIRTUAL_SCHOOL, LocalDate.now(clock), "academicYear");
        SchoolTerm term = checked(caseId, form, null);
        long id = records.addAttendance(caseId, term, form.getSessionsPossible(), form.getSessionsAttended(), actor.id());
        return records.findAttendance(caseId, id).orElseThrow();
    }

    /**
     * Corrects a term's attendance.
     *
     * @throws ConcurrentEditException if someone else changed the record since {@code form.version}
     */
    public AttendanceRecord updateAttendance(StaffMember actor, long caseId, long attendanceId, AttendanceForm form) {
        caseAccess.require(actor, caseId, Section.VIRTUAL_SCHOOL, Operation.CHANGE, "correct attendance record " + attendanceId);
        AttendanceRecord stored = records.findAttendance(caseId, attendanceId)
                .orElseThrow(() -> new RecordNotFoundException("attendance record " + attendanceId));
        if (stored.version() != form.getVersion()) {
            throw new ConcurrentEditException("The attendance record");
        }
        consent.requireGiven(caseId, Component.VIRTUAL_SCHOOL, LocalDate.now(clock), "academicYear");
        SchoolTerm term = checked(caseId, form, attendanceId);
        records.updateAttendance(new AttendanceRecord(attendanceId, caseId, term, form.getSessionsPossible(),
                form.getSessionsAttended(), form.getVersion()), actor.id());
        return records.findAttendance(caseId, attendanceId).orElseThrow();
    }

    /**
     * Records English and Maths attainment at a time point.
     *
     * @throws InvalidRequestException if consent is not given or the date is before the case opened
     */
    public AttainmentRecord addAttainment(StaffMember actor, long caseId, AttainmentForm form) {
        caseAccess.require(actor, caseId, Section.VIRTUAL_SCHOOL, Operation.CHANGE, "record attainment");
        LocalDate today = LocalDate.now(clock);
        consent.requireGiven(caseId, Component.VIRTUAL_SCHOOL, today, "timePoint");
        if (form.getAssessedOn() == null || form.getTimePoint() == null || form.getEnglish() == null || form.getMaths() == null) {
            throw new InvalidRequestException(null, "Enter the time point, the date, and the attainment in English and Maths");
        }
        if (form.getAssessedOn().isAfter(today)) {
            throw new InvalidRequestException("assessedOn", "The date of the assessment must be today or in the past");
        }
        ProgrammeCase c = programmeCase(caseId);
        if (form.getAssessedOn().isBefore(c.openedOn().minusYears(1))) {
            throw new InvalidRequestException("assessedOn", "The assessment must be no more than a year before the case was opened ("
                    + c.openedOn() + ")");
        }
        long id = records.addAttainment(caseId, form.getAssessedOn(), form.getTimePoint().strip(),
                Attainment.valueOf(form.getEnglish()), Attainment.valueOf(form.getMaths()), actor.id());
        return records.attainment(caseId).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private SchoolTerm checked(long caseId, AttendanceForm form, Long editing) {
        if (form.getAcademicYear() == null || form.getTerm() == null || form.getSessionsPossible() == null
                || form.getSessionsAttended() == null) {
            throw new InvalidRequestException(null, "Enter the academic year, the term and the sessions");
        }
        int startYear = SchoolTerm.parseAcademicYear(form.getAcademicYear()).orElseThrow(() ->
                new InvalidRequestException("academicYear", "Enter the academic year as two years that follow each other, for example 2025/26"));
        SchoolTerm term = new SchoolTerm(startYear, Term.valueOf(form.getTerm()));
        if (term.starts().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("academicYear", "The " + term.label() + " term has not started yet");
        }
        if (form.getSessionsAttended() > form.getSessionsPossible()) {
            throw new InvalidRequestException("sessionsAttended", "Sessions attended cannot be more than sessions possible ("
                    + form.getSessionsPossible() + ")");
        }
        boolean taken = records.attendance(caseId).stream()
                .anyMatch(r -> r.term().equals(term) && (editing == null || r.id() != editing));
        if (taken) {
            throw new InvalidRequestException("term", "Attendance for " + term.label()
                    + " is already recorded: correct that record instead");
        }
        return term;
    }

    private ProgrammeCase programmeCase(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
    }

    private String childName(long caseId) {
        return children.findById(programmeCase(caseId).childId()).orElseThrow().fullName();
    }
}
