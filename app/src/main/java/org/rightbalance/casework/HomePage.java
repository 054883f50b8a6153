package org.rightbalance.casework;

import java.util.List;

/** A worker's home page: my cases, what is due, alerts. */
public record HomePage(List<CaseListItem> cases, List<DueItem> due, List<Alert> alerts) {
}
