package org.rightbalance.virtualschool;

import java.time.LocalDate;

/**
 * Which cases a table counts: those opened in a date range (either end open), or all.
 *
 * @param openedFrom first day, inclusive, or null for no lower limit
 * @param openedTo   last day, inclusive, or null for no upper limit
 */
public record Cohort(LocalDate openedFrom, LocalDate openedTo) {

    public static Cohort all() {
        return new Cohort(null, null);
    }

    public boolean contains(LocalDate openedOn) {
        return (openedFrom == null || !openedOn.isBefore(openedFrom)) && (openedTo == null || !openedOn.isAfter(openedTo));
    }

    public String describe() {
        if (openedFrom == null && openedTo == null) {
            return "All cases";
        }
        if (openedFrom == null) {
            return "Cases opened on or before " + openedTo;
        }
        if (openedTo == null) {
            return "Cases opened on or after " + openedFrom;
        }
        return "Cases opened from " + openedFrom + " to " + openedTo;
    }
}
