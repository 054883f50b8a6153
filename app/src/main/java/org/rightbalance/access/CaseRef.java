package org.rightbalance.access;

/** The identity of a case as access control needs it: the case, its child and the team holding it. */
public record CaseRef(long caseId, long childId, long teamId) {
}
