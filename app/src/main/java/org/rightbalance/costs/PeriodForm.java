package org.rightbalance.costs;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The period the cost page covers (query parameters {@code from} and {@code to}). */
public class PeriodForm {

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
