package org.rightbalance.casework;

import org.rightbalance.staff.StaffMember;

import java.util.List;

/** A feature's open alerts for the given cases; filtered for access by the caller. */
public interface AlertSource {
    List<Alert> alerts(List<Long> caseIds);

    /**
     * The alerts for one reader, for features whose alerts are personal (e.g. an outcome this person
     * has not opened yet). By default the same for everyone: {@link #alerts(List)}.
     */
    default List<Alert> alertsFor(StaffMember reader, List<Long> caseIds) {
        return alerts(caseIds);
    }
}
