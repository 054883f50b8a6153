package org.rightbalance.mentoring;

import org.rightbalance.access.Section;

import java.util.List;
import java.util.Set;

/**
 * A child's mentoring page: the sessions, oldest first, with totals, and what the reader may do.
 *
 * @param consentGiven whether the family's consent to mentoring stands today (new sessions need it)
 * @param mayChange    whether the reader may plan sessions and record outcomes
 * @param sections     the sections of the case the reader may see, for the side navigation
 */
public record MentoringRecord(long caseId, String childName, String mentorName, List<MentoringSession> sessions,
                              boolean consentGiven, boolean mayChange, Set<Section> sections) {

    public long count(SessionStatus status) {
        return sessions.stream().filter(s -> s.status() == status).count();
    }

    public double hoursHeld() {
        return sessions.stream().mapToDouble(MentoringSession::hoursHeld).sum();
    }
}
