package org.rightbalance.closure;

import org.rightbalance.access.Section;
import org.rightbalance.casework.Stage;
import org.rightbalance.socialcare.ChildSocialCare;

import java.time.LocalDate;
import java.util.Set;

/**
 * The closure page: the closure (null while the case is open), what the child's social care record
 * says about the year after closure, and what the reader may do.
 *
 * @param yearAfter null while the case is open
 * @param mayFollowUp whether the reader may record the follow-up check now (it is due and not yet done)
 */
public record ClosureView(long caseId, String childName, Stage stage, LocalDate openedOn, int caseVersion,
                          Closure closure, String closedByName, ChildSocialCare.YearSummary yearAfter,
                          boolean hasMentor, boolean mayClose, boolean mayFollowUp, Set<Section> sections) {
}
