package org.rightbalance.consent;

import org.rightbalance.system.InvalidRequestException;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The family's consent to one component: when, given by whom (for example "Parent", "Young person"),
 * and, once withdrawn, when and why. Withdrawn consents stay on the record as the history.
 */
public record ConsentRecord(long id, long caseId, Component component, LocalDate givenOn, String givenBy,
                            LocalDate withdrawnOn, String withdrawalReason, long recordedBy, int version) {

    public ConsentRecord {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(givenOn, "givenOn");
        if (givenBy == null || givenBy.isBlank()) {
            throw new InvalidRequestException("givenBy", "Enter who gave consent, for example Parent or Young person");
        }
        if (withdrawnOn != null) {
            if (withdrawnOn.isBefore(givenOn)) {
                throw new InvalidRequestException("withdrawnOn", "Consent cannot be withdrawn before it was given, on " + givenOn);
            }
            if (withdrawalReason == null || withdrawalReason.isBlank()) {
                throw new InvalidRequestException("reason", "Enter why consent was withdrawn");
            }
        }
    }

    public boolean isActive() {
        return withdrawnOn == null;
    }

    /** Withdraws the consent: the component's work stops from this date. */
    public ConsentRecord withdraw(LocalDate on, String reason) {
        if (!isActive()) {
            throw new InvalidRequestException(null, "Consent to " + component.label().toLowerCase() + " was already withdrawn on " + withdrawnOn);
        }
        return new ConsentRecord(id, caseId, component, givenOn, givenBy, on,
                reason == null ? null : reason.trim(), recordedBy, version);
    }
}
