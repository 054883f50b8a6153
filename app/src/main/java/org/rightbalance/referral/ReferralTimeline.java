package org.rightbalance.referral;

import org.rightbalance.access.Section;
import org.rightbalance.casework.CasePaths;
import org.rightbalance.casework.TimelineEntry;
import org.rightbalance.casework.TimelineSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** The referral and its decision in the child's chronology. */
@Component
class ReferralTimeline implements TimelineSource {

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
}
