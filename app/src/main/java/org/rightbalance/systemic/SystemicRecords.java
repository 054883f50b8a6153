package org.rightbalance.systemic;

import org.rightbalance.access.Section;
import org.rightbalance.casework.Alert;
import org.rightbalance.casework.AlertSource;
import org.rightbalance.casework.CasePaths;
import org.rightbalance.casework.DueItem;
import org.rightbalance.casework.DueItemSource;
import org.rightbalance.casework.TimelineEntry;
import org.rightbalance.casework.TimelineSource;
import org.rightbalance.staff.StaffMember;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The systemic discussion's part of the chronology, the actions agreed as due items for the case, and
 * the "new outcome" alert for each person on the case who has not opened it yet.
 */
@Component
class SystemicRecords implements TimelineSource, DueItemSource, AlertSource {

    static final String NEW_OUTCOME = "New systemic discussion outcome";

    private final SystemicRepository discussions;

    SystemicRecords(SystemicRepository discussions) {
        this.discussions = discussions;
    }

    @Override
    public List<TimelineEntry> entries(long caseId) {
        String link = CasePaths.of(caseId, Section.SYSTEMIC_DISCUSSION);
        List<TimelineEntry> entries = new ArrayList<>();
        for (SystemicDiscussion d : discussions.findByCase(caseId)) {
            String unread = d.unreadCount() == 0 ? "read by everyone on the case"
                    : "not yet read by " + d.unreadCount() + (d.unreadCount() == 1 ? " person" : " people") + " on the case";
            entries.add(new TimelineEntry(d.heldOn(), Section.SYSTEMIC_DISCUSSION, "Multi-agency systemic discussion",
                    d.participants().size() + " professionals, " + d.actions().size() + " actions agreed; outcome "
                            + unread, link));
            d.referrals().forEach(r -> entries.add(new TimelineEntry(r.referredOn(), Section.SYSTEMIC_DISCUSSION,
                    "Referral made from the systemic discussion", r.service(), link)));
        }
        return entries;
    }

    @Override
    public List<DueItem> dueItems(List<Long> caseIds, LocalDate until) {
        return discussions.openActions(caseIds, until).stream()
                .map(a -> new DueItem(a.caseId(), Section.SYSTEMIC_DISCUSSION, a.dueOn(),
                        a.owner() + ": " + a.description(), CasePaths.of(a.caseId(), Section.SYSTEMIC_DISCUSSION)))
                .toList();
    }

    /** For the case as a whole: outcomes someone on the case has not read yet. */
    @Override
    public List<Alert> alerts(List<Long> caseIds) {
        return discussions.unreadByAnyone(caseIds).stream()
                .map(u -> new Alert(u.caseId(), Section.SYSTEMIC_DISCUSSION, u.heldOn(),
                        "Systemic discussion outcome not yet read by everyone on the case",
                        CasePaths.of(u.caseId(), Section.SYSTEMIC_DISCUSSION)))
                .toList();
    }

    /** For one person: the outcomes on their cases they have not opened yet. */
    @Override
    public List<Alert> alertsFor(StaffMember reader, List<Long> caseIds) {
        return discussions.unreadBy(reader.id(), caseIds).stream()
                .map(u -> new Alert(u.caseId(), Section.SYSTEMIC_DISCUSSION, u.heldOn(), NEW_OUTCOME,
                        CasePaths.of(u.caseId(), Section.SYSTEMIC_DISCUSSION)))
                .toList();
    }
}
