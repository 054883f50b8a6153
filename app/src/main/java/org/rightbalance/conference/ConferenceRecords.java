package org.rightbalance.conference;

import org.rightbalance.access.Section;
import org.rightbalance.casework.CasePaths;
import org.rightbalance.casework.DueItem;
import org.rightbalance.casework.DueItemSource;
import org.rightbalance.casework.TimelineEntry;
import org.rightbalance.casework.TimelineSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The conference's part of the chronology (conference, plan agreed, reviews, amendments) and its next review due. */
@org.springframework.stereotype.Component
class ConferenceRecords implements TimelineSource, DueItemSource {

    private final ConferenceRepository conferences;

    private final Clock clock;

    ConferenceRecords(ConferenceRepository conferences, Clock clock) {
        this.conferences = conferences;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> entries(long caseId) {
        List<TimelineEntry> entries = new ArrayList<>();
        conferences.findByCase(caseId).ifPresent(c -> {
            String link = CasePaths.of(caseId, Section.CONFERENCE);
            boolean planned = c.heldOn().isAfter(LocalDate.now(clock));
            entries.add(new TimelineEntry(c.heldOn(), Section.CONFERENCE,
                    planned ? "Family group conference (planned)" : "Family group conference", c.venue(), link));
            c.planAgreedOn().ifPresent(d -> entries.add(new TimelineEntry(d, Section.CONFERENCE,
                    "Family plan agreed", null, link)));
            conferences.reviews(c.id()).forEach(r -> entries.add(new TimelineEntry(r.heldOn(), Section.CONFERENCE,
                    "Family plan reviewed", "Goals rescored, recorded by " + r.recordedBy(), link)));
            conferences.goals(c.id()).forEach(g -> g.amendments().forEach(a -> entries.add(new TimelineEntry(
                    a.amendedOn(), Section.CONFERENCE,
                    "Family plan amended by " + a.amendedBy(), "Goal " + g.number() + ": " + a.change().toLowerCase()
                    + " because " + a.reason(), link + "/plan"))));
        });
        return entries;
    }

    @Override
    public List<DueItem> dueItems(List<Long> caseIds, LocalDate until) {
        return conferences.findByCases(caseIds).stream()
                .filter(c -> c.nextReviewDue().filter(d -> !d.isAfter(until)).isPresent())
                // Withdrawing consent stops the reviews, so none is due.
                .filter(c -> !conferences.consentWithdrawn(c.caseId()))
                .map(c -> new DueItem(c.caseId(), Section.CONFERENCE, c.nextReviewDue().get(),
                        "Review of the family plan", CasePaths.of(c.caseId(), Section.CONFERENCE)))
                .toList();
    }
}
