package org.rightbalance.closure;

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

/** The closure and its follow-up in the chronology; the follow-up check as a due item one year after closure. */
@Component
class ClosureSources implements TimelineSource, DueItemSource {

    private final ClosureRepository closures;

    ClosureSources(ClosureRepository closures) {
        this.closures = closures;
    }

    @Override
    public List<TimelineEntry> entries(long caseId) {
        List<TimelineEntry> entries = new ArrayList<>();
        String link = CasePaths.of(caseId, Section.CLOSURE);
        closures.findByCase(caseId).ifPresent(c -> {
            entries.add(new TimelineEntry(c.closedOn(), Section.CLOSURE, "Case closed: " + c.reason().codeAndLabel(),
                    c.plan().mentorArrangement().label(), link));
            if (c.followUpDone()) {
                entries.add(new TimelineEntry(c.followUpDoneOn(), Section.CLOSURE, "Follow-up check one year after closure",
                        (c.reReferral() ? "Re-referred" : "Not re-referred") + "; " + (c.escalation() ? "escalated" : "not escalated"),
                        link));
            }
        });
        return entries;
    }

    @Override
    public List<DueItem> dueItems(List<Long> caseIds, LocalDate until) {
        return closures.followUpsDue(caseIds, until).stream()
                .map(c -> new DueItem(c.caseId(), Section.CLOSURE, c.followUpDue(),
                        "Follow-up check a year after closure: any re-referral or escalation?",
                        CasePaths.of(c.caseId(), Section.CLOSURE) + "/follow-up"))
                .toList();
    }
}
