package org.rightbalance.conference;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A family group conference: the family's meeting, run by an independent coordinator, at which the
 * family and the people it invites agree the family plan (report, chapter 1).
 *
 * @param privateTimeHeld whether the family had its private family time; null until recorded
 * @param planAgreedOn    when the family agreed its plan; from then on a professional's change is an amendment
 * @param nextReviewDue   when the plan is next reviewed
 * @param version         increases with every change to the conference or its plan's reviews
 */
public record FamilyGroupConference(long id, long caseId, LocalDate heldOn, String venue, Boolean privateTimeHeld,
                                    Integer privateTimeMinutes, Optional<LocalDate> planAgreedOn,
                                    Optional<LocalDate> nextReviewDue, int version) {

    public FamilyGroupConference {
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(planAgreedOn, "planAgreedOn");
        Objects.requireNonNull(nextReviewDue, "nextReviewDue");
    }

    public boolean planAgreed() {
        return planAgreedOn.isPresent();
    }

    /** "Held, 90 minutes", "Not held" or "Not recorded", for the page. */
    public String privateTimeDescription() {
        if (privateTimeHeld == null) {
            return "Not recorded";
        }
        if (!privateTimeHeld) {
            return "Not held";
        }
        return privateTimeMinutes == null ? "Held" : "Held, " + privateTimeMinutes + " minutes";
    }
}
