package org.rightbalance.referral;

import org.rightbalance.access.Section;
import org.rightbalance.casework.Assignment;
import org.rightbalance.casework.Stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The referral page: the child, the referral (null if none was recorded), who proposed and decided,
 * the people working on the case and, for those who may change them, the staff to choose from.
 */
public record ReferralView(long caseId, String childName, LocalDate dateOfBirth, Stage stage, Referral referral,
                           String proposedByName, String decidedByName, List<Assignment> assignments,
                           boolean mayDecide, boolean mayAssignPeople, Map<Long, String> socialWorkers,
                           Map<Long, String> coordinators, Map<Long, String> mentors,
                           Map<Long, String> virtualSchoolOfficers, Set<Section> sections) {

    public Long assigned(String responsibility) {
        return assignments.stream().filter(a -> a.responsibility().name().equals(responsibility))
                .map(Assignment::staffId).findFirst().orElse(null);
    }
}
