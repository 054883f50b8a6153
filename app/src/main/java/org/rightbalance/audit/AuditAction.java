package org.rightbalance.audit;

/** What someone did, or tried to do, that the audit trail records. */
public enum AuditAction {
    VIEW, CHANGE, EXPORT, SIGN_IN, SIGN_OUT
}
