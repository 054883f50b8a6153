package org.rightbalance.socialcare;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** Ending a plan or period of care, or closing a referral (with the reason for closure). */
public class EndEventForm {

    @NotNull(message = "Enter the end date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private ReasonForClosure closeReason;
    private int version;

    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
    public ReasonForClosure getCloseReason() { return closeReason; }
    public void setCloseReason(ReasonForClosure v) { closeReason = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
}
