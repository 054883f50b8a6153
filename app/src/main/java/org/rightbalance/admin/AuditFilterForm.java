package org.rightbalance.admin;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The audit trail viewer's filter, from the query string (so a filtered view can be bookmarked). */
public class AuditFilterForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    @Size(max = 60, message = "Enter a user name of 60 characters or fewer")
    private String actor;
    @Size(max = 40, message = "Enter a child identifier of 40 characters or fewer")
    private String child;
    private AuditAction action;
    private AuditOutcome outcome;
    @Min(value = 1, message = "Enter a page number of 1 or more")
    private int page = 1;

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getChild() { return child; }
    public void setChild(String child) { this.child = child; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public AuditOutcome getOutcome() { return outcome; }
    public void setOutcome(AuditOutcome outcome) { this.outcome = outcome; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
