package org.rightbalance.admin;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Period;

/**
 * How long each kind of record is kept (application.properties {@code rightbalance.retention.*},
 * ISO-8601 periods such as {@code P25Y}); docs/security.md explains each and its source. Checked at
 * start-up: a missing, zero or negative period stops the application.
 *
 * @param caseRecord      a child's programme record (child in need, no care or protection plan), from the date of birth
 * @param childProtection a record with a child protection plan, from the last case's closure
 * @param lookedAfter     a record of a child who was looked after (any period of care), from the date of birth
 * @param auditEvent      an audit event, from when it was written
 */
@Validated
@ConfigurationProperties(prefix = "rightbalance.retention")
public record RetentionSettings(@NotNull Period caseRecord, @NotNull Period childProtection,
                                @NotNull Period lookedAfter, @NotNull Period auditEvent) {

    public RetentionSettings {
        positive(caseRecord, "case-record");
        positive(childProtection, "child-protection");
        positive(lookedAfter, "looked-after");
        positive(auditEvent, "audit-event");
    }

    private static void positive(Period period, String name) {
        if (period != null && (period.isNegative() || period.isZero())) {
            throw new IllegalArgumentException("rightbalance.retention." + name + " must be a positive period, e.g. P25Y");
        }
    }
}
