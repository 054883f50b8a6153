package org.rightbalance.referral;

import org.rightbalance.system.InvalidRequestException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child's referral into the programme: the objective criteria at the referral date, who proposed
 * the child, the allocated social worker's view, the family's motivation and stability, how the case
 * was allocated, and the decision. Methods return the changed referral; the repository saves it.
 *
 * @param randomDraw the draw, when the allocation method is {@link AllocationMethod#RANDOM}; else null
 * @param decision null while the decision is awaited
 */
public record Referral(long id, long caseId, LocalDate referralDate, int ageAtReferral, boolean withinCriteria,
                       String outsideCriteriaReason, long proposedBy, SocialWorkerView socialWorkerView,
                       String socialWorkerComment, int motivation, String motivationNotes, int stability,
                       String stabilityNotes, AllocationMethod allocationMethod, RandomDraw randomDraw,
                       Decision decision, LocalDate decidedOn, String decisionReason, Long decidedBy, int version) {

    /** The programme's objective criteria: children aged 10 to 13 at the referral (report, chapter 1). */
    public static final int MIN_AGE = 10;
    public static final int MAX_AGE = 13;

    public Referral {
        Objects.requireNonNull(referralDate, "referralDate");
        Objects.requireNonNull(socialWorkerView, "socialWorkerView");
        Objects.requireNonNull(allocationMethod, "allocationMethod");
        if (withinCriteria != meetsAgeCriteria(ageAtReferral)) {
            throw new IllegalArgumentException("withinCriteria does not follow from the age");
        }
        if (!withinCriteria && blank(outsideCriteriaReason)) {
            throw new InvalidRequestException("outsideCriteriaReason", "The child is " + ageAtReferral
                    + " on the referral date, outside the programme's criteria (aged " + MIN_AGE + " to " + MAX_AGE
                    + "). Give the reason for proposing them all the same");
        }
        if (motivation < 1 || motivation > 5 || stability < 1 || stability > 5) {
            throw new IllegalArgumentException("motivation and stability are on a scale of 1 to 5");
        }
        if ((allocationMethod == AllocationMethod.RANDOM) != (randomDraw != null)) {
            throw new IllegalArgumentException("a random draw is recorded exactly when allocation is random");
        }
        if (decision != null && decidedOn == null) {
            throw new IllegalArgumentException("a decision needs its date");
        }
        if (decision == Decision.DECLINED && blank(decisionReason)) {
            throw new InvalidRequestException("reason", "Enter why the child is not taken on");
        }
    }

    public static boolean meetsAgeCriteria(int age) {
        return age >= MIN_AGE && age <= MAX_AGE;
    }

    /** A new referral, before it is saved. The draw is null unless the method is random. */
    public static Referral propose(long caseId, LocalDate referralDate, int ageAtReferral, String outsideCriteriaReason,
                                   long proposedBy, SocialWorkerView view, String viewComment, int motivation,
                                   String motivationNotes, int stability, String stabilityNotes,
                                   AllocationMethod method, RandomDraw draw) {
        boolean within = meetsAgeCriteria(ageAtReferral);
        Referral referral = new Referral(0, caseId, referralDate, ageAtReferral, within,
                within ? null : trim(outsideCriteriaReason), proposedBy, view, trim(viewComment), motivation,
                trim(motivationNotes), stability, trim(stabilityNotes), method, draw, null, null, null, null, 0);
        if (draw != null && draw.arm() == RandomDraw.Arm.COMPARISON) {
            return referral.withDecision(Decision.COMPARISON, referralDate,
                    "Randomised to the comparison group (draw " + String.format(java.util.Locale.ROOT, "%.4f", draw.draw())
                            + " at probability " + draw.programmeProbability() + ")", proposedBy);
        }
        return referral;
    }

    public boolean awaitingDecision() {
        return decision == null;
    }

    /** Accepts the child onto the programme; the case moves to engaging and gets its social worker. */
    public Referral allocate(LocalDate on, long decidedBy) {
        requireAwaiting();
        requireNotBeforeReferral(on);
        return withDecision(Decision.ACCEPTED, on, null, decidedBy);
    }

    /** Decides not to take the child on, for the reason given. */
    public Referral decline(LocalDate on, String reason, long decidedBy) {
        requireAwaiting();
        requireNotBeforeReferral(on);
        return withDecision(Decision.DECLINED, on, trim(reason), decidedBy);
    }

    /** Records the allocated social worker's view (they were often not consulted: report, chapter 3). */
    public Referral withSocialWorkerView(SocialWorkerView view, String comment) {
        return new Referral(id, caseId, referralDate, ageAtReferral, withinCriteria, outsideCriteriaReason, proposedBy,
                view, trim(comment), motivation, motivationNotes, stability, stabilityNotes, allocationMethod,
                randomDraw, decision, decidedOn, decisionReason, decidedBy, version);
    }

    private void requireAwaiting() {
        if (!awaitingDecision()) {
            throw new InvalidRequestException(null, "This referral has already been decided: " + decision.label().toLowerCase());
        }
    }

    private void requireNotBeforeReferral(LocalDate on) {
        if (on == null || on.isBefore(referralDate)) {
            throw new InvalidRequestException("decidedOn", "The decision date must be on or after the referral date, " + referralDate);
        }
    }

    private Referral withDecision(Decision d, LocalDate on, String reason, long by) {
        return new Referral(id, caseId, referralDate, ageAtReferral, withinCriteria, outsideCriteriaReason, proposedBy,
                socialWorkerView, socialWorkerComment, motivation, motivationNotes, stability, stabilityNotes,
                allocationMethod, randomDraw, d, on, reason, by, version);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.trim();
    }
}
