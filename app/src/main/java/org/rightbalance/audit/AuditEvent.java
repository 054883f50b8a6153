package org.rightbalance.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit trail: who did what to which child's record, when and from where.
 *
 * @param section the part of the record (e.g. {@code MENTORING}), empty for actions outside a case
 */
public record AuditEvent(long id, Instant occurredAt, String actor, String actorRole, AuditAction action,
                         AuditOutcome outcome, Optional<Long> childId, Optional<Long> caseId, Optional<String> section,
                         String detail, String remoteAddress, String requestPath) {

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }
}
