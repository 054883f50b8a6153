package org.rightbalance.conference;

import org.rightbalance.child.NetworkMember;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the conference page shows of a case.
 *
 * @param coordinator    the FGC coordinator assigned to the case, or null when none is assigned
 * @param plan           the conference and its plan, or null until the conference is recorded
 * @param familyNetwork  the family's relatives and friends, whom it may invite
 * @param mayChange      whether the reader may record and amend (links and forms only; the service checks again)
 * @param consentGiven   whether the family's consent to the conference stands today
 */
public record ConferencePage(long caseId, String childName, String coordinator, FamilyPlan plan,
                             List<Invitee> invitees, List<NetworkMember> familyNetwork, boolean mayChange,
                             boolean consentGiven, LocalDate today) {

    public boolean hasConference() {
        return plan != null;
    }

    public FamilyGroupConference conference() {
        return plan == null ? null : plan.conference();
    }
}
