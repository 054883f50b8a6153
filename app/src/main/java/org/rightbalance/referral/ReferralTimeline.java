package org.rightbalance.referral;

import org.rightbalance.access.Section;
import org.rightbalance.casework.CasePaths;
import org.rightbalance.casework.DueItem;
import org.rightbalance.casework.DueItemSource;
import org.rightbalance.casework.TimelineEntry;
import org.rightbalance.casework.TimelineSource;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The referral and its decision in the child's chronology, and the decision as a due item: two weeks
 * after the referral, or at once while the social worker's view has not been asked.
 */
@Component
class ReferralTimeline implements TimelineSource, DueItemSource {

    static final int DECISION_DAYS = 14;

    private final ReferralRepository referrals;

    ReferralTimeline(ReferralRepository referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<TimelineEntry> entries(long caseId) {
        List<TimelineEntry> entries = new ArrayList<>();
        String link = CasePaths.of(caseId, Section.REFERRAL);
        referrals.findByCase(caseId).ifPresent(r -> {
            entries.add(new TimelineEntry(r.referralDate(), Section.REFERRAL, "Proposed for the programme",
                    "Aged " + r.ageAtReferral() + (r.withinCriteria() ? ", within the criteria" : ", outside the criteria")
                            + "; " + r.allocationMethod().label().toLowerCase(), link));
            if (r.decision() != null) {
                entries.add(new TimelineEntry(r.decidedOn(), Section.REFERRAL, r.decision().label(), r.decisionReason(), link));
            }
        });
        return entries;
    }

    @Override
    public List<DueItem> dueItems(List<Long> caseIds, LocalDate until) {
        List<DueItem> due = new ArrayList<>();
        for (long caseId : caseIds) {
            referrals.findByCase(caseId).filter(Referral::awaitingDecision).ifPresent(r -> {
                boolean notAsked = r.socialWorkerView() == SocialWorkerView.NOT_YET_ASKED;
                LocalDate dueOn = notAsked ? r.referralDate() : r.referralDate().plusDays(DECISION_DAYS);
                if (!dueOn.isAfter(until)) {
                    due.add(new DueItem(caseId, Section.REFERRAL, dueOn, notAsked
                            ? "Ask the allocated social worker whether the programme is appropriate"
                            : "Decide whether to take the child on", CasePaths.of(caseId, Section.REFERRAL)));
                }
            });
        }
        return due;
    }
}
