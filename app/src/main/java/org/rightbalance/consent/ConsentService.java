package org.rightbalance.consent;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Section;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.ProgrammeCase;
import org.rightbalance.casework.Stage;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The family's consent to each component. Recording consent to the family group conference while
 * the case is engaging the family moves it to conferencing; withdrawing consent stops the
 * component's work (every component's service asks {@link ConsentGate}) and alerts the social worker.
 */
@Service
@Transactional
public class ConsentService {

    private final CaseAccess access;
    private final CaseRepository cases;
    private final ChildRepository children;
    private final ConsentRepository consents;
    private final Clock clock;

    public ConsentService(CaseAccess access, CaseRepository cases, ChildRepository children, ConsentRepository consents,
                          Clock clock) {
        this.access = access;
        this.cases = cases;
        this.children = children;
        this.consents = consents;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ConsentView view(StaffMember actor, long caseId) {
        access.require(actor, caseId, Section.CONSENT, Operation.VIEW, "consent");
        ProgrammeCase c = programmeCase(caseId);
        List<ConsentRecord> history = consents.forCase(caseId);
        List<ConsentView.ComponentStatus> status = Arrays.stream(Component.values())
                .map(component -> new ConsentView.ComponentStatus(component, history.stream()
                        .filter(r -> r.component() == component && r.isActive()).findFirst().orElse(null)))
                .toList();
        return new ConsentView(caseId, children.findById(c.childId()).orElseThrow().fullName(), c.stage(), status,
                history, access.can(actor, caseId, Section.CONSENT, Operation.CHANGE) && isOpen(c),
                access.viewableSections(actor, caseId));
    }

    /** Records consent to a component; returns the consent record's id. */
    public long give(StaffMember actor, long caseId, GiveConsentForm form) {
        access.require(actor, caseId, Section.CONSENT, Operation.CHANGE, "record consent");
        ProgrammeCase c = programmeCase(caseId);
        if (!isOpen(c)) {
            throw new InvalidRequestException(null, "The case is " + c.stage().label().toLowerCase() + ": consent can no longer be recorded");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getGivenOn().isAfter(today)) {
            throw new InvalidRequestException("givenOn", "The date consent was given must be today or in the past");
        }
        if (form.getGivenOn().isBefore(c.openedOn())) {
            throw new InvalidRequestException("givenOn", "The date consent was given must be on or after the referral, " + c.openedOn());
        }
        boolean active = consents.forCase(caseId).stream()
                .anyMatch(r -> r.component() == form.getComponent() && r.isActive());
        if (active) {
            throw new InvalidRequestException("component", "The family has already consented to "
                    + form.getComponent().label().toLowerCase() + ". Withdraw that consent first if it has changed");
        }
        long id = consents.add(caseId, form.getComponent(), form.getGivenOn(), form.getGivenBy().trim(), actor.id());
        if (form.getComponent() == Component.FAMILY_GROUP_CONFERENCE && c.stage() == Stage.ENGAGING) {
            cases.moveTo(caseId, Stage.CONFERENCING, c.version());
        }
        return id;
    }

    /** Withdraws consent; from that date the component's work can no longer be recorded. */
    public void withdraw(StaffMember actor, long caseId, long consentId, WithdrawConsentForm form) {
        access.require(actor, caseId, Section.CONSENT, Operation.CHANGE, "withdraw consent");
        ConsentRecord record = consents.find(caseId, consentId)
                .orElseThrow(() -> new RecordNotFoundException("consent " + consentId));
        if (record.version() != form.getVersion()) {
            throw new org.rightbalance.system.ConcurrentEditException("The consent record");
        }
        if (form.getWithdrawnOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("withdrawnOn", "The date consent was withdrawn must be today or in the past");
        }
        consents.withdraw(record.withdraw(form.getWithdrawnOn(), form.getReason()), actor.id());
    }

    @Transactional(readOnly = true)
    public ConsentRecord record(StaffMember actor, long caseId, long consentId) {
        access.require(actor, caseId, Section.CONSENT, Operation.VIEW, "consent record");
        return consents.find(caseId, consentId).orElseThrow(() -> new RecordNotFoundException("consent " + consentId));
    }

    private ProgrammeCase programmeCase(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
    }

    private static boolean isOpen(ProgrammeCase c) {
        return c.stage() != Stage.CLOSED && c.stage() != Stage.NOT_TAKEN_ON;
    }
}
