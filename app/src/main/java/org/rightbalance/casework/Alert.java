package org.rightbalance.casework;

import org.rightbalance.access.Section;

import java.time.LocalDate;

/** Something a practitioner should act on, e.g. a missed mentoring session or a consent withdrawn. */
public record Alert(long caseId, Section section, LocalDate raisedOn, String message, String link) {
}
