package org.rightbalance.virtualschool;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The cohort the tables count: cases opened in a date range; leave both empty for all cases. */
public class CohortForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
