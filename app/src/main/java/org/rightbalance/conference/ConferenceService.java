package org.rightbalance.conference;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.CaseRef;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Responsibility;
import org.rightbalance.access.Section;
import org.rightbalance.casework.Assignment;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.Stage;
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
import java.util.Optional;

/**
 * The family group conference and the family plan. Every method checks need-to-know first. Once the
 * family has agreed its plan, every change a professional makes to it — new words for a goal, a new
 * goal, a new action — is kept as an {@link Amendment} with its reason, in the same transaction: there
 * is no other way to change the plan.
 */
@Service
@Transactional
public class ConferenceService {

    private final CaseAccess access;
    private final ConferenceRepository conferences;
    private final CaseRepository cases;
    private final ChildRepository children;
    private final ConsentGate consent;
    private final Clock clock;

    public ConferenceService(CaseAccess access, ConferenceRepository conferences, CaseRepository cases,
                             ChildRepository children, ConsentGate consent, Clock clock) {
        this.access = access;
        this.conferences = conferences;
        this.cases = cases;
        this.children = children;
        this.consent = consent;
        this.clock = clock;
    }

    public ConferencePage page(StaffMember actor, long caseId) {
        CaseRef ref = access.require(actor, caseId, Section.CONFERENCE, Operation.VIEW, "family group conference");
        return load(actor, ref);
    }

    /** The plan as the family sees it: its goals in its words, the actions, latest scores and every amendment. */
    public ConferencePage familyView(StaffMember actor, long caseId) {
        CaseRef ref = access.require(actor, caseId, Section.CONFERENCE, Operation.VIEW, "family view of the family plan");
        return load(actor, ref);
    }

    public Goal goal(StaffMember actor, long caseId, long goalId) {
        access.require(actor, caseId, Section.CONFERENCE, Operation.VIEW, "goal " + goalId + " of the family plan");
        return findGoal(caseId, goalId);
    }

    /** Records the conference, or changes what was recorded (expectedVersion null for a new one). */
    public FamilyGroupConference record(StaffMember actor, long caseId, ConferenceDetails details, Integer expectedVersion) {
        access.require(actor, caseId, Section.CONFERENCE, Operation.CHANGE, "record the family group conference");
        consent.requireGiven(caseId, Component.FAMILY_GROUP_CONFERENCE, details.heldOn(), "heldOn");
        Optional<FamilyGroupConference> existing = conferences.findByCase(caseId);
        if (existing.isEmpty()) {
            conferences.insert(caseId, details, actor.id());
        } else {
            if (expectedVersion == null) {
                throw new org.rightbalance.system.ConcurrentEditException("The conference");
            }
            FamilyGroupConference c = existing.get();
            if (c.planAgreed() && details.heldOn().isAfter(c.planAgreedOn().get())) {
                throw new InvalidRequestException("heldOn", "The conference must be on or before the day the plan was agreed ("
                        + c.planAgreedOn().get() + ")");
            }
            conferences.update(c.id(), details, expectedVersion);
        }
        return conferences.findByCase(caseId).orElseThrow();
    }

    /** Adds someone the family invited: a member of its network, or someone named. */
    public Invitee invite(StaffMember actor, long caseId, Long networkMemberId, String name, String relationship,
                          Boolean attended) {
        CaseRef ref = access.require(actor, caseId, Section.CONFERENCE, Operation.CHANGE, "add an invitee to the conference");
        FamilyGroupConference c = requireConference(caseId);
        String inviteeName;
        String inviteeRelationship;
        if (networkMemberId != null) {
            NetworkMember member = network(ref).stream().filter(m -> m.id() == networkMemberId).findFirst()
                    .orElseThrow(() -> new InvalidRequestException("networkMemberId", "Choose someone from the family's network"));
            inviteeName = member.name();
            inviteeRelationship = blank(relationship) ? member.relationship() : relationship.strip();
        } else {
            if (blank(name)) {
                throw new InvalidRequestException("name", "Choose someone from the family's network or enter a name");
            }
            inviteeName = name.strip();
            inviteeRelationship = blank(relationship) ? null : relationship.strip();
        }
        long id = conferences.addInvitee(c.id(), networkMemberId, inviteeName, inviteeRelationship, attended);
        return new Invitee(id, c.id(), networkMemberId, inviteeName, inviteeRelationship, attended, 0);
    }

    /** Records whether someone the family invited came, once the conference has happened. */
    public void recordAttendance(StaffMember actor, long caseId, long inviteeId, Boolean attended, int expectedVersion) {
        access.require(actor, caseId, Section.CONFERENCE, Operation.CHANGE, "record whether invitee " + inviteeId + " came");
        FamilyGroupConference c = requireConference(caseId);
        if (conferences.invitees(c.id()).stream().noneMatch(i -> i.id() == inviteeId)) {
            throw new RecordNotFoundException("invitee " + inviteeId);
        }
        if (attended == null) {
            throw new InvalidRequestException("attended", "Say whether they came to the conference");
        }
        if (c.heldOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("attended", "The conference has not happened yet (it is on " + c.heldOn() + ")");
        }
        conferences.recordAttendance(inviteeId, c.id(), attended, expectedVersion);
    }

    /**
     * Adds a goal in the family's words, with where the family is now (1 to 10). After the plan is
     * agreed this is an amendment, and needs a reason.
     */
    public Goal addGoal(StaffMember actor, long caseId, String wording, Integer score, String reason) {
        access.require(actor, caseId, Section.CONFERENCE, Operation.CHANGE, "add a goal to the family plan");
        FamilyGroupConference c = requireConference(caseId);
        String words = Goal.checkWording(wording, "wording");
        int baseline = Goal.checkScore(score, "score", "where the family is now");
        String amendmentReason = c.planAgreed() ? Goal.checkReason(reason) : null;
        long goalId = conferences.addGoal(c.id(), words);
        LocalDate scoredOn = c.planAgreed() ? LocalDate.now(clock) : c.heldOn();
        conferences.addScore(new Score(goalId, null, scoredOn, baseline));
        if (amendmentReason != null) {
            conferences.addAmendment(new Amendment(0, goalId, "Added a goal", null, words, amendmentReason,
                    actor.id(), actor.displayName(), now()));
        }
        return findGoal(caseId, goalId);
    }

    /** Adds who will do what by when to a goal; after the plan is agreed, an amendment with its reason. */
    public Goal addAction(StaffMember actor, long caseId, long goalId, GoalAction action, String reason, int goalVersion) {
        access.require(actor, caseId, Section.CONFERENCE, Operation.CHANGE, "add an action to goal " + goalId);
        FamilyGroupConference c = requireConference(caseId);
        Goal goal = findGoal(caseId, goalId);
        Amendment amendment = c.planAgreed() ? goal.amendWithAction(action, reason, actor, now()) : null;
        conferences.touchGoal(goalId, goalVersion);
        conferences.addAction(goalId, action);
        if (amendment != null) {
            conferences.addAmendment(amendment);
        }
        return findGoal(caseId, goalId);
    }

    /**
     * A professional's change to who will do what by when: always kept as an amendment with its
     * reason. The goal's version guards against two people changing it at once.
     */
    public Goal amendAction(StaffMember actor, long caseId, long goalId, long actionId, GoalAction changed, String reason,
                            int goalVersion) {
        access.require(actor, caseId, Section.CONFERENCE, Operation.CHANGE, "amend action " + actionId + " of goal " + goalId);
        Goal goal = findGoal(caseId, goalId);
        GoalAction current = goal.action(actionId).orElseThrow(() -> new RecordNotFoundException("action " + actionId));
        Amendment amendment = goal.amendAction(current, changed, reason, actor, now());
        conferences.touchGoal(goalId, goalVersion);
        conferences.changeAction(actionId, changed);
        conferences.addAmendment(amendment);
        return findGoal(caseId, goalId);
    }

    /** A professional's new words for a goal: always kept as an amendment with its reason, which the family sees. */
    public Goal amendGoal(StaffMember actor, long caseId, long goalId, String wording, String reason, int goalVersion) {
        access.require(actor, caseId, Section.CONFERENCE, Operation.CHANGE, "amend goal " + goalId + " of the family plan");
        Goal goal = findGoal(caseId, goalId);
        Amendment amendment = goal.amend(wording, reason, actor, now());
        conferences.changeWording(goalId, amendment.after(), goalVersion);
        conferences.addAmendment(amendment);
        return findGoal(caseId, goalId);
    }

    /**
     * The family agrees its plan: from now on, professionals' changes are amendments, and a case at
     * the conference stage moves on to direct support.
     */
    public FamilyGroupConference agreePlan(StaffMember actor, long caseId, LocalDate agreedOn, int expectedVersion) {
        access.require(actor, caseId, Section.CONFERENCE, Operation.CHANGE, "record the family plan as agreed");
        FamilyGroupConference c = requireConference(caseId);
        if (c.planAgreed()) {
            throw new InvalidRequestException(null, "The family agreed this plan on " + c.planAgreedOn().get()
                    + ". Changes to it are now amendments.");
        }
        if (agreedOn == null) {
            throw new InvalidRequestException("agreedOn", "Enter the date the family agreed its plan");
        }
        if (agreedOn.isBefore(c.heldOn())) {
            throw new InvalidRequestException("agreedOn", "The plan cannot be agreed before the conference (" + c.heldOn() + ")");
        }
        if (agreedOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("agreedOn", "The date the plan was agreed cannot be in the future");
        }
        if (conferences.goals(c.id()).isEmpty()) {
            throw new InvalidRequestException(null, "Add the family's goals before recording the plan as agreed");
        }
        conferences.agree(c.id(), agreedOn, expectedVersion);
        // With its plan agreed, the family moves on to the support the plan calls for.
        cases.findById(caseId).filter(pc -> pc.stage() == Stage.CONFERENCING)
                .ifPresent(pc -> cases.moveTo(caseId, Stage.SUPPORTING, pc.version()));
        return conferences.findByCase(caseId).orElseThrow();
    }

    /**
     * Records a review at which every goal is rescored from 1 to 10, and when the next one is due.
     * Needs the family's consent on the day: withdrawing consent stops new reviews.
     */
    public Review review(StaffMember actor, long caseId, LocalDate heldOn, Map<Long, Integer> scores,
                         LocalDate nextReviewDue, int expectedVersion) {
        access.require(actor, caseId, Section.CONFERENCE, Operation.CHANGE, "record a review of the family plan");
        FamilyGroupConference c = requireConference(caseId);
        if (!c.planAgreed()) {
            throw new InvalidRequestException(null, "Record the family plan as agreed before reviewing it");
        }
        if (heldOn == null) {
            throw new InvalidRequestException("heldOn", "Enter the date of the review");
        }
        if (heldOn.isBefore(c.planAgreedOn().get())) {
            throw new InvalidRequestException("heldOn", "The review must be on or after the day the plan was agreed ("
                    + c.planAgreedOn().get() + ")");
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("heldOn", "The date of the review cannot be in the future");
        }
        if (nextReviewDue != null && !nextReviewDue.isAfter(heldOn)) {
            throw new InvalidRequestException("nextReviewDue", "The next review must be after this one");
        }
        consent.requireGiven(caseId, Component.FAMILY_GROUP_CONFERENCE, heldOn, "heldOn");
        List<Goal> goals = conferences.goals(c.id());
        goals.forEach(g -> Goal.checkScore(scores.get(g.id()), "scores[" + g.id() + "]", "goal " + g.number()));
        conferences.setNextReviewDue(c.id(), nextReviewDue, expectedVersion);
        long reviewId = conferences.addReview(c.id(), heldOn, actor.id());
        goals.forEach(g -> conferences.addScore(g.rescore(reviewId, heldOn, scores.get(g.id()))));
        return conferences.reviews(c.id()).stream().filter(r -> r.id() == reviewId).findFirst().orElseThrow();
    }

    private ConferencePage load(StaffMember actor, CaseRef ref) {
        long caseId = ref.caseId();
        Child child = children.findById(ref.childId()).orElseThrow();
        String coordinator = cases.assignments(caseId).stream()
                .filter(a -> a.responsibility() == Responsibility.FGC_COORDINATOR).map(Assignment::staffName)
                .findFirst().orElse(null);
        Optional<FamilyGroupConference> c = conferences.findByCase(caseId);
        FamilyPlan plan = c.map(x -> new FamilyPlan(x, conferences.goals(x.id()), conferences.reviews(x.id()))).orElse(null);
        List<Invitee> invitees = c.map(x -> conferences.invitees(x.id())).orElse(List.of());
        List<NetworkMember> familyNetwork = network(ref).stream()
                .filter(m -> m.kind() != NetworkMember.Kind.PROFESSIONAL).toList();
        LocalDate today = LocalDate.now(clock);
        return new ConferencePage(caseId, child.fullName(), coordinator, plan, invitees, familyNetwork,
                access.can(actor, caseId, Section.CONFERENCE, Operation.CHANGE),
                consent.isGiven(caseId, Component.FAMILY_GROUP_CONFERENCE, today), today);
    }

    private List<NetworkMember> network(CaseRef ref) {
        Child child = children.findById(ref.childId()).orElseThrow();
        return children.network(child.familyId());
    }

    private FamilyGroupConference requireConference(long caseId) {
        return conferences.findByCase(caseId).orElseThrow(
                () -> new InvalidRequestException(null, "Record the family group conference first"));
    }

    private Goal findGoal(long caseId, long goalId) {
        return conferences.findByCase(caseId).stream().flatMap(c -> conferences.goals(c.id()).stream())
                .filter(g -> g.id() == goalId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("goal " + goalId));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
