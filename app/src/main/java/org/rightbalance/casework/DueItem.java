package org.rightbalance.casework;

import org.rightbalance.access.Section;

import java.time.LocalDate;

/** Something due on a case: a review, a mentoring session, a follow-up check. */
public record DueItem(long caseId, Section section, LocalDate dueOn, String description, String link) {
}
