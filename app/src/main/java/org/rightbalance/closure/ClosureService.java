package org.rightbalance.closure;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Responsibility;
import org.rightbalance.access.Section;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.ProgrammeCase;
import org.rightbalance.casework.Stage;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.socialcare.ChildSocialCare;
import org.rightbalance.socialcare.ReasonForClosure;
import org.rightbalance.socialcare.SocialCareRepository;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.system.ConcurrentEditException;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Closing a programme case with a DfE reason and a closure plan, and the follow-up check one year
 * later of whether the child was re-referred or escalated.
 */
@Service
@Transactional
public class ClosureService {

    private final CaseAccess access;
    private final CaseRepository cases;
    private final ChildRepository children;
    private final StaffRepository staff;
    private final ClosureRepository closures;
    private final SocialCareRepository socialCare;
    private final Clock clock;

    public ClosureService(CaseAccess access, CaseRepository cases, ChildRepository children, StaffRepository staff,
                          ClosureRepository closures, SocialCareRepository socialCare, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.children = children;
        this.staff = staff;
        this.closures = closures;
        this.socialCare = socialCare;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ClosureView view(StaffMember actor, long caseId) {
        access.require(actor, caseId, Section.CLOSURE, Operation.VIEW, "closure");
        ProgrammeCase c = programmeCase(caseId);
        Optional<Closure> closure = closures.findByCase(caseId);
        ChildSocialCare.YearSummary yearAfter = closure.map(cl -> socialCare.forChild(c.childId()).yearFrom(cl.closedOn()))
                .orElse(null);
        boolean mayChange = access.can(actor, caseId, Section.CLOSURE, Operation.CHANGE);
        boolean hasMentor = cases.assignments(caseId).stream().anyMatch(a -> a.responsibility() == Responsibility.MENTOR);
        return new ClosureView(caseId, children.findById(c.childId()).orElseThrow().fullName(), c.stage(), c.openedOn(),
                c.version(), closure.orElse(null),
                closure.flatMap(cl -> staff.findById(cl.closedBy())).map(StaffMember::displayName).orElse(null),
                yearAfter, hasMentor, mayChange && isOpen(c),
                mayChange && closure.map(cl -> !cl.followUpDone() && !LocalDate.now(clock).isBefore(cl.followUpDue())).orElse(false),
                access.viewableSections(actor, caseId));
    }

    /**
     * Closes the case, if it is still at the version the caller read.
     *
     * @throws ConcurrentEditException if someone else changed the case in between
     */
    public void close(StaffMember actor, long caseId, ReasonForClosure reason, LocalDate closedOn, ClosurePlan plan,
                      int caseVersion) {
        access.require(actor, caseId, Section.CLOSURE, Operation.CHANGE, "close case");
        ProgrammeCase c = programmeCase(caseId);
        if (c.version() != caseVersion) {
            throw new ConcurrentEditException("The case");
        }
        if (!isOpen(c)) {
            throw new InvalidRequestException(null, "The case is already " + c.stage().label().toLowerCase());
        }
        if (closedOn.isBefore(c.openedOn())) {
            throw new InvalidRequestException("closedOn", "The closure date must be on or after the referral, " + c.openedOn());
        }
        if (closedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("closedOn", "The closure date must be today or in the past");
        }
        boolean hasMentor = cases.assignments(caseId).stream().anyMatch(a -> a.responsibility() == Responsibility.MENTOR);
        if (hasMentor && plan.mentorArrangement() == MentorArrangement.NO_MENTOR) {
            throw new InvalidRequestException("mentorArrangement",
                    "The child has a mentor: say what happens to the mentoring relationship");
        }
        cases.close(caseId, closedOn, caseVersion);
        closures.add(Closure.of(caseId, reason, closedOn, plan, actor.id()));
    }

    /** Records the check one year after closure. */
    public void recordFollowUp(StaffMember actor, long caseId, FollowUpForm form) {
        access.require(actor, caseId, Section.CLOSURE, Operation.CHANGE, "follow-up check");
        Closure closure = closures.findByCase(caseId)
                .orElseThrow(() -> new InvalidRequestException(null, "The case has not been closed"));
        if (closure.version() != form.getVersion()) {
            throw new ConcurrentEditException("The closure record");
        }
        if (form.getCheckedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("checkedOn", "The date of the check must be today or in the past");
        }
        closures.saveFollowUp(closure.followUp(form.getCheckedOn(), form.getReReferral(), form.getEscalation(),
                form.getNotes(), actor.id()));
    }

    private ProgrammeCase programmeCase(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
    }

    private static boolean isOpen(ProgrammeCase c) {
        return c.stage() != Stage.CLOSED && c.stage() != Stage.NOT_TAKEN_ON;
    }
}
