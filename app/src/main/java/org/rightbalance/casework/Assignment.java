package org.rightbalance.casework;

import org.rightbalance.access.Responsibility;

import java.time.LocalDate;

/** A member of staff working on a case, and as what. */
public record Assignment(long caseId, long staffId, String staffName, Responsibility responsibility, LocalDate since) {
}
