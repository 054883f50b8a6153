package org.rightbalance.audit;

/** Whether the attempt was allowed. A refused attempt is recorded as carefully as an allowed one. */
public enum AuditOutcome {
    ALLOWED, DENIED
}
