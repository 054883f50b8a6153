package org.rightbalance.socialcare;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Section;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.ProgrammeCase;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.ConcurrentEditException;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The child's dated social care events: referrals and re-referrals to children's social care, CIN
 * plans, escalation to a child protection plan and periods looked after. The evaluation's outcomes
 * compute from these, so each is dated, linked to the child and checked like the DfE rules.
 */
@Service
@Transactional
public class SocialCareService {

    private final CaseAccess access;
    private final CaseRepository cases;
    private final ChildRepository children;
    private final SocialCareRepository records;
    private final Clock clock;

    public SocialCareService(CaseAccess access, CaseRepository cases, ChildRepository children,
                             SocialCareRepository records, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.children = children;
        this.records = records;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public EventsView view(StaffMember actor, long caseId) {
        access.require(actor, caseId, Section.SOCIAL_CARE_EVENTS, Operation.VIEW, "social care events");
        ProgrammeCase c = programmeCase(caseId);
        ChildSocialCare record = records.forChild(c.childId());
        return new EventsView(caseId, children.findById(c.childId()).orElseThrow().fullName(), c.openedOn(),
                record.of(EventKind.REFERRAL), record.of(EventKind.CIN_PLAN), record.of(EventKind.CP_PLAN),
                record.of(EventKind.CARE_PERIOD), record.yearFrom(c.openedOn()),
                access.can(actor, caseId, Section.SOCIAL_CARE_EVENTS, Operation.CHANGE),
                access.viewableSections(actor, caseId));
    }

    /** Records a new event of the given kind for the case's child; returns its id. */
    public long add(StaffMember actor, long caseId, EventKind kind, EventForm form) {
        access.require(actor, caseId, Section.SOCIAL_CARE_EVENTS, Operation.CHANGE, "add " + kind.label().toLowerCase());
        ProgrammeCase c = programmeCase(caseId);
        LocalDate today = LocalDate.now(clock);
        if (form.getStartDate().isAfter(today)) {
            throw new InvalidRequestException("startDate", "The start date must be today or in the past");
        }
        if (form.getEndDate() != null && form.getEndDate().isAfter(today)) {
            throw new InvalidRequestException("endDate", "The end date must be today or in the past");
        }
        String code = switch (kind) {
            case REFERRAL -> form.getCloseReason() == null ? null : form.getCloseReason().name();
            case CP_PLAN -> blankToNull(form.getCategory());
            case CARE_PERIOD -> blankToNull(form.getLegalStatus());
            case CIN_PLAN -> null;
        };
        Long referralId = kind == EventKind.CIN_PLAN || kind == EventKind.CP_PLAN ? form.getReferralId() : null;
        SocialCareEvent event = new SocialCareEvent(0, kind, c.childId(), referralId, form.getStartDate(), form.getEndDate(),
                code, kind == EventKind.REFERRAL ? blankToNull(form.getSource()) : null, 0);
        records.forChild(c.childId()).check(event);
        return records.add(event);
    }

    @Transactional(readOnly = true)
    public SocialCareEvent event(StaffMember actor, long caseId, EventKind kind, long eventId) {
        access.require(actor, caseId, Section.SOCIAL_CARE_EVENTS, Operation.VIEW, kind.label().toLowerCase());
        return find(programmeCase(caseId).childId(), kind, eventId);
    }

    /** Ends a plan or period of care, or closes a referral with its reason. */
    public void end(StaffMember actor, long caseId, EventKind kind, long eventId, EndEventForm form) {
        access.require(actor, caseId, Section.SOCIAL_CARE_EVENTS, Operation.CHANGE, "end " + kind.label().toLowerCase());
        ProgrammeCase c = programmeCase(caseId);
        SocialCareEvent event = find(c.childId(), kind, eventId);
        if (event.version() != form.getVersion()) {
            throw new ConcurrentEditException("The " + kind.label().toLowerCase());
        }
        if (!event.isOpen()) {
            throw new InvalidRequestException(null, "This " + kind.label().toLowerCase() + " already ended on " + event.end());
        }
        if (form.getEndDate().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("endDate", "The end date must be today or in the past");
        }
        SocialCareEvent ended = event.ended(form.getEndDate(),
                form.getCloseReason() == null ? null : form.getCloseReason().name());
        records.forChild(c.childId()).check(ended);
        records.saveEnd(ended);
    }

    private SocialCareEvent find(long childId, EventKind kind, long eventId) {
        return records.forChild(childId).of(kind).stream().filter(e -> e.id() == eventId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException(kind.label() + " " + eventId));
    }

    private ProgrammeCase programmeCase(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
