package org.rightbalance.consent;

import org.rightbalance.access.Section;
import org.rightbalance.casework.Alert;
import org.rightbalance.casework.AlertSource;
import org.rightbalance.casework.CasePaths;
import org.rightbalance.casework.TimelineEntry;
import org.rightbalance.casework.TimelineSource;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Consent in the chronology, and an alert to the social worker (and whoever works on the case) for
 * 60 days after consent to a component is withdrawn, so its work stops.
 */
@Component
class ConsentSources implements TimelineSource, AlertSource {

    static final int ALERT_DAYS = 60;

    private final ConsentRepository consents;
    private final Clock clock;

    ConsentSources(ConsentRepository consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    public List<TimelineEntry> entries(long caseId) {
        String link = CasePaths.of(caseId, Section.CONSENT);
        List<TimelineEntry> entries = new ArrayList<>();
        for (ConsentRecord r : consents.forCase(caseId)) {
            entries.add(new TimelineEntry(r.givenOn(), Section.CONSENT, "Consent given: " + r.component().label(),
                    "Given by " + r.givenBy(), link));
            if (r.withdrawnOn() != null) {
                entries.add(new TimelineEntry(r.withdrawnOn(), Section.CONSENT, "Consent withdrawn: " + r.component().label(),
                        r.withdrawalReason(), link));
            }
        }
        return entries;
    }

    @Override
    public List<Alert> alerts(List<Long> caseIds) {
        LocalDate since = LocalDate.now(clock).minusDays(ALERT_DAYS);
        return consents.withdrawnSince(caseIds, since).stream()
                .map(r -> new Alert(r.caseId(), Section.CONSENT, r.withdrawnOn(),
                        "Consent to " + r.component().label().toLowerCase() + " withdrawn: stop that work",
                        CasePaths.of(r.caseId(), Section.CONSENT)))
                .toList();
    }
}
