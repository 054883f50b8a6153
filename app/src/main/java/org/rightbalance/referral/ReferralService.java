package org.rightbalance.referral;

import org.rightbalance.access.AccessPolicy;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Responsibility;
import org.rightbalance.access.Section;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.casework.Assignment;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.ProgrammeCase;
import org.rightbalance.casework.Stage;
import org.rightbalance.child.Child;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.Sex;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.system.ConcurrentEditException;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proposing children for the programme, deciding on the referral and allocating the people who
 * work on the case. Random allocation draws from a {@link SecureRandom} seed that is recorded with
 * the draw, so each allocation can be checked and repeated.
 */
@Service
@Transactional
public class ReferralService {

    private final CaseAccess access;
    private final CaseRepository cases;
    private final ChildRepository children;
    private final StaffRepository staff;
    private final ReferralRepository referrals;
    private final AuditTrail audit;
    private final Clock clock;
    private final double programmeProbability;
    private final SecureRandom random = new SecureRandom();

    public ReferralService(CaseAccess access, CaseRepository cases, ChildRepository children, StaffRepository staff,
                           ReferralRepository referrals, AuditTrail audit, Clock clock,
                           @Value("${rightbalance.referral.programme-probability:0.5}") double programmeProbability) {
        if (!(programmeProbability > 0 && programmeProbability < 1)) {
            throw new IllegalArgumentException("rightbalance.referral.programme-probability must be between 0 and 1");
        }
        this.access = access;
        this.cases = cases;
        this.children = children;
        this.staff = staff;
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
        // Stored with four decimals (numeric(5, 4)), so the recorded draw can always be checked again.
        this.programmeProbability = java.math.BigDecimal.valueOf(programmeProbability)
                .setScale(4, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    @Transactional(readOnly = true)
    public ProposalOptions proposalOptions(StaffMember actor) {
        access.requireRole(actor, AccessPolicy.mayProposeChildren(actor.role()), "propose a child");
        return new ProposalOptions(referrals.teams(), actor.teamId().orElse(null), programmeProbability);
    }

    /**
     * Proposes a child: finds the child by the council's identifier (or adds the child and family),
     * opens a programme case and records the referral. A child randomised to the comparison group is
     * not taken on, with that reason.
     *
     * @return the new case's id
     */
    public long propose(StaffMember actor, ProposalForm form) {
        access.requireRole(actor, AccessPolicy.mayProposeChildren(actor.role()), "propose a child");
        LocalDate today = LocalDate.now(clock);
        if (form.getReferralDate().isAfter(today)) {
            throw new InvalidRequestException("referralDate", "The referral date must be today or in the past");
        }
        Long teamId = form.getTeamId() != null ? form.getTeamId() : actor.teamId().orElse(null);
        if (teamId == null || !referrals.teams().containsKey(teamId)) {
            throw new InvalidRequestException("teamId", "Select the team that will hold the case");
        }
        String councilId = form.getCouncilChildId().trim();
        Optional<Child> existing = children.findByCouncilChildId(councilId);
        LocalDate dateOfBirth;
        if (existing.isPresent()) {
            dateOfBirth = existing.get().dateOfBirth();
            boolean open = cases.findByChild(existing.get().id()).stream()
                    .anyMatch(c -> c.stage() != Stage.CLOSED && c.stage() != Stage.NOT_TAKEN_ON);
            if (open) {
                throw new InvalidRequestException("councilChildId", existing.get().fullName()
                        + " already has an open programme case");
            }
        } else {
            requireText(form.getGivenName(), "givenName", "Enter the child's first name");
            requireText(form.getFamilyName(), "familyName", "Enter the child's last name");
            if (form.getDateOfBirth() == null) {
                throw new InvalidRequestException("dateOfBirth", "Enter the child's date of birth");
            }
            dateOfBirth = form.getDateOfBirth();
            parseSex(form.getSex());
        }
        if (!dateOfBirth.isBefore(form.getReferralDate())) {
            throw new InvalidRequestException("dateOfBirth", "The date of birth must be before the referral date");
        }
        int age = java.time.Period.between(dateOfBirth, form.getReferralDate()).getYears();
        RandomDraw draw = form.getAllocationMethod() == AllocationMethod.RANDOM
                ? RandomDraw.withSeed(programmeProbability, random.nextLong()) : null;
        // Validate the referral (criteria, reason) before anything is written.
        propose(0, form, age, actor, draw);
        long childId;
        if (existing.isPresent()) {
            childId = existing.get().id();
        } else {
            long familyId = children.addFamily(form.getFamilyName().trim(), Referral.trim(form.getAddress()),
                    Referral.trim(form.getPostcode()));
            childId = children.addChild(councilId, form.getGivenName().trim(), form.getFamilyName().trim(), dateOfBirth,
                    parseSex(form.getSex()), Referral.trim(form.getEthnicity()), familyId);
        }
        long caseId = cases.open(childId, teamId, form.getReferralDate());
        Referral referral = propose(caseId, form, age, actor, draw);
        if (actor.is(Role.SOCIAL_WORKER)) {
            cases.assign(caseId, actor.id(), Responsibility.SOCIAL_WORKER, form.getReferralDate());
        }
        if (referral.decision() == Decision.COMPARISON) {
            cases.moveTo(caseId, Stage.NOT_TAKEN_ON, 0);
        }
        referrals.add(referral);
        // There was no case to check access to before this: record the new child's record as a change.
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.CHANGE, AuditOutcome.ALLOWED,
                childId, caseId, Section.REFERRAL.name(), "propose child"));
        return caseId;
    }

    private static Referral propose(long caseId, ProposalForm form, int age, StaffMember actor, RandomDraw draw) {
        return Referral.propose(caseId, form.getReferralDate(), age, form.getOutsideCriteriaReason(), actor.id(),
                form.getSocialWorkerView(), form.getSocialWorkerComment(), form.getMotivation(),
                form.getMotivationNotes(), form.getStability(), form.getStabilityNotes(), form.getAllocationMethod(), draw);
    }

    @Transactional(readOnly = true)
    public ReferralView view(StaffMember actor, long caseId) {
        access.require(actor, caseId, Section.REFERRAL, Operation.VIEW, "referral");
        ProgrammeCase c = cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
        Child child = children.findById(c.childId()).orElseThrow();
        Optional<Referral> referral = referrals.findByCase(caseId);
        boolean mayChange = access.can(actor, caseId, Section.REFERRAL, Operation.CHANGE);
        boolean mayAssign = mayChange && mayAssignPeople(actor);
        return new ReferralView(caseId, child.fullName(), child.dateOfBirth(), c.stage(), referral.orElse(null),
                referral.map(r -> name(r.proposedBy())).orElse(null),
                referral.map(Referral::decidedBy).map(this::name).orElse(null), cases.assignments(caseId),
                mayChange && c.stage() == Stage.REFERRED && referral.map(Referral::awaitingDecision).orElse(false),
                mayAssign, staffOf(Role.SOCIAL_WORKER), staffOf(Role.FGC_COORDINATOR), staffOf(Role.MENTOR),
                staffOf(Role.VIRTUAL_SCHOOL_OFFICER), access.viewableSections(actor, caseId));
    }

    /** Accepts the child (the case moves to engaging, with its social worker) or declines (not taken on). */
    public void decide(StaffMember actor, long caseId, DecisionForm form) {
        access.require(actor, caseId, Section.REFERRAL, Operation.CHANGE, "decide on referral");
        ProgrammeCase c = cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
        Referral referral = referralOf(caseId, form.getVersion());
        if (c.stage() != Stage.REFERRED) {
            throw new InvalidRequestException(null, "The case is no longer awaiting a decision: it is at \""
                    + c.stage().label() + "\"");
        }
        if (form.getDecidedOn().isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException("decidedOn", "The decision date must be today or in the past");
        }
        if ("ACCEPT".equals(form.getOutcome())) {
            StaffMember worker = Optional.ofNullable(form.getSocialWorkerId()).flatMap(staff::findById)
                    .filter(s -> s.is(Role.SOCIAL_WORKER))
                    .orElseThrow(() -> new InvalidRequestException("socialWorkerId", "Select the social worker to allocate"));
            Referral accepted = referral.allocate(form.getDecidedOn(), actor.id());
            referrals.update(accepted);
            cases.moveTo(caseId, Stage.ENGAGING, c.version());
            cases.unassign(caseId, Responsibility.SOCIAL_WORKER);
            cases.assign(caseId, worker.id(), Responsibility.SOCIAL_WORKER, form.getDecidedOn());
        } else {
            Referral declined = referral.decline(form.getDecidedOn(), form.getReason(), actor.id());
            referrals.update(declined);
            cases.moveTo(caseId, Stage.NOT_TAKEN_ON, c.version());
        }
    }

    /** Records the allocated social worker's view of whether the programme is appropriate. */
    public void recordSocialWorkerView(StaffMember actor, long caseId, SocialWorkerViewForm form) {
        access.require(actor, caseId, Section.REFERRAL, Operation.CHANGE, "social worker's view");
        Referral referral = referralOf(caseId, form.getVersion());
        referrals.update(referral.withSocialWorkerView(form.getSocialWorkerView(), form.getSocialWorkerComment()));
    }

    /**
     * Allocates (or removes) the FGC coordinator, mentor and Virtual School officer. Only the team
     * manager and the social worker allocate people.
     */
    public void assignPeople(StaffMember actor, long caseId, PeopleForm form) {
        access.require(actor, caseId, Section.REFERRAL, Operation.CHANGE, "people working on the case");
        access.requireRole(actor, mayAssignPeople(actor), "allocate people to a case");
        ProgrammeCase c = cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
        if (c.stage() == Stage.CLOSED || c.stage() == Stage.NOT_TAKEN_ON) {
            throw new InvalidRequestException(null, "The case is closed: people can no longer be allocated to it");
        }
        LocalDate today = LocalDate.now(clock);
        List<Assignment> current = cases.assignments(caseId);
        allocate(caseId, current, Responsibility.FGC_COORDINATOR, Role.FGC_COORDINATOR, form.getFgcCoordinatorId(),
                "fgcCoordinatorId", "Select an FGC coordinator from the list", today);
        allocate(caseId, current, Responsibility.MENTOR, Role.MENTOR, form.getMentorId(), "mentorId",
                "Select a mentor from the list", today);
        allocate(caseId, current, Responsibility.VIRTUAL_SCHOOL_OFFICER, Role.VIRTUAL_SCHOOL_OFFICER,
                form.getVirtualSchoolOfficerId(), "virtualSchoolOfficerId", "Select a Virtual School officer from the list", today);
    }

    private void allocate(long caseId, List<Assignment> current, Responsibility responsibility, Role role, Long staffId,
                          String field, String message, LocalDate today) {
        Long now = current.stream().filter(a -> a.responsibility() == responsibility).map(Assignment::staffId)
                .findFirst().orElse(null);
        if (staffId == null) {
            if (now != null) {
                cases.unassign(caseId, responsibility);
            }
            return;
        }
        StaffMember member = staff.findById(staffId).filter(s -> s.is(role))
                .orElseThrow(() -> new InvalidRequestException(field, message));
        if (!staffId.equals(now)) {
            cases.unassign(caseId, responsibility);
            cases.assign(caseId, member.id(), responsibility, today);
        }
    }

    private static boolean mayAssignPeople(StaffMember actor) {
        return actor.is(Role.TEAM_MANAGER) || actor.is(Role.SOCIAL_WORKER);
    }

    private Referral referralOf(long caseId, int expectedVersion) {
        Referral referral = referrals.findByCase(caseId)
                .orElseThrow(() -> new InvalidRequestException(null, "No referral is recorded for this case"));
        if (referral.version() != expectedVersion) {
            throw new ConcurrentEditException("The referral");
        }
        return referral;
    }

    private Map<Long, String> staffOf(Role role) {
        Map<Long, String> result = new LinkedHashMap<>();
        staff.findByRole(role).forEach(s -> result.put(s.id(), s.displayName()));
        return result;
    }

    private String name(long staffId) {
        return staff.findById(staffId).map(StaffMember::displayName).orElse("Unknown");
    }

    private static void requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, message);
        }
    }

    private static Sex parseSex(String sex) {
        try {
            return Sex.valueOf(sex == null ? "" : sex.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("sex", "Select the child's sex");
        }
    }
}
