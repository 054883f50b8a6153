package org.rightbalance.systemic;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.CaseRef;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Section;
import org.rightbalance.child.Child;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.NetworkMember;
import org.rightbalance.consent.Component;
import org.rightbalance.consent.ConsentGate;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Multi-agency systemic discussions. Everyone on the case may read the outcome; opening it is
 * recorded, so the people not yet "in the loop" are alerted until they have read it.
 */
@Service
@Transactional
public class SystemicService {

    private final CaseAccess access;
    private final SystemicRepository discussions;
    private final ChildRepository children;
    private final ConsentGate consent;
    private final Clock clock;

    public SystemicService(CaseAccess access, SystemicRepository discussions, ChildRepository children,
                           ConsentGate consent, Clock clock) {
        this.access = access;
        this.discussions = discussions;
        this.children = children;
        this.consent = consent;
        this.clock = clock;
    }

    /** The case's discussions; opening them records that the reader has read each outcome. */
    public SystemicPage open(StaffMember actor, long caseId) {
        CaseRef ref = access.require(actor, caseId, Section.SYSTEMIC_DISCUSSION, Operation.VIEW, "systemic discussions");
        List<SystemicDiscussion> before = discussions.findByCase(caseId);
        Set<Long> unread = before.stream().filter(d -> !d.readBy(actor.id())).map(SystemicDiscussion::id)
                .collect(Collectors.toSet());
        Instant now = Instant.now(clock);
        before.forEach(d -> discussions.markRead(d.id(), actor.id(), now));
        return page(actor, ref, unread);
    }

    /** The page data without recording a read: for re-showing a form. */
    public SystemicPage view(StaffMember actor, long caseId) {
        CaseRef ref = access.require(actor, caseId, Section.SYSTEMIC_DISCUSSION, Operation.VIEW, "systemic discussions form");
        return page(actor, ref, Set.of());
    }

    /** Records a discussion; the family must have consented to systemic discussion on the day. */
    public SystemicDiscussion record(StaffMember actor, long caseId, NewDiscussion d) {
        CaseRef ref = access.require(actor, caseId, Section.SYSTEMIC_DISCUSSION, Operation.CHANGE, "record a systemic discussion");
        if (d.heldOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("heldOn", "Record the discussion once it has taken place: the date cannot be in the future");
        }
        consent.requireGiven(caseId, Component.SYSTEMIC_DISCUSSION, d.heldOn(), "heldOn");
        Map<Long, NetworkMember> professionals = professionals(ref).stream()
                .collect(Collectors.toMap(NetworkMember::id, Function.identity()));
        for (Long id : d.professionalIds()) {
            if (!professionals.containsKey(id)) {
                throw new InvalidRequestException("professionalIds", "Choose professionals from the family's network");
            }
        }
        Instant now = Instant.now(clock);
        long id = discussions.insert(caseId, d.heldOn(), d.mainCarerTookPart(), d.dilemmas(), actor.id(), now);
        for (Long memberId : d.professionalIds()) {
            NetworkMember m = professionals.get(memberId);
            discussions.addParticipant(id, memberId, m.name(), m.organisation() != null ? m.organisation() : m.relationship());
        }
        d.others().forEach(p -> discussions.addParticipant(id, null, p.name(), p.agency()));
        d.actions().forEach(a -> discussions.addAction(id, a.description(), a.owner(), a.dueOn()));
        d.referrals().forEach(r -> discussions.addReferral(id, r.service(), r.referredOn()));
        discussions.markRead(id, actor.id(), now);
        return discussions.findByCase(caseId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    /** Marks an agreed action done (today when no date is given), if nobody changed it since the reader saw it. */
    public void completeAction(StaffMember actor, long caseId, long actionId, LocalDate completedOn, int expectedVersion) {
        access.require(actor, caseId, Section.SYSTEMIC_DISCUSSION, Operation.CHANGE, "mark action " + actionId + " done");
        if (discussions.caseOfAction(actionId).filter(c -> c == caseId).isEmpty()) {
            throw new RecordNotFoundException("action " + actionId);
        }
        LocalDate on = completedOn == null ? LocalDate.now(clock) : completedOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("completedOn", "Enter the date the action was done: today or earlier");
        }
        discussions.complete(actionId, on, expectedVersion);
    }

    private SystemicPage page(StaffMember actor, CaseRef ref, Set<Long> unread) {
        long caseId = ref.caseId();
        Child child = children.findById(ref.childId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        boolean mayChange = access.can(actor, caseId, Section.SYSTEMIC_DISCUSSION, Operation.CHANGE);
        // The network's professionals (with their contact details) are for those who record discussions;
        // a mentor or Virtual School officer reads the outcome without seeing the family's network.
        return new SystemicPage(caseId, child.fullName(), discussions.findByCase(caseId), unread,
                mayChange ? professionals(ref) : List.of(), mayChange,
                consent.isGiven(caseId, Component.SYSTEMIC_DISCUSSION, today), today);
    }

    private List<NetworkMember> professionals(CaseRef ref) {
        Child child = children.findById(ref.childId()).orElseThrow();
        return children.network(child.familyId()).stream().filter(m -> m.kind() == NetworkMember.Kind.PROFESSIONAL).toList();
    }
}
