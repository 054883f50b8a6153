package org.rightbalance.casework;

import java.util.List;

/** A feature's open alerts for the given cases; filtered for access by the caller. */
public interface AlertSource {
    List<Alert> alerts(List<Long> caseIds);
}
