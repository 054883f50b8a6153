package org.rightbalance.casework;

import java.time.LocalDate;
import java.util.List;

/** A feature's due items for the given cases, due on or before {@code until}; filtered for access by the caller. */
public interface DueItemSource {
    List<DueItem> dueItems(List<Long> caseIds, LocalDate until);
}
