package org.rightbalance.casework;

import java.time.LocalDate;

/** A line of "my cases": enough to recognise the child and see where the case is. */
public record CaseListItem(long caseId, String childName, int age, Stage stage, LocalDate openedOn, String socialWorker) {
}
