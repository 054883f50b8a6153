package org.rightbalance.socialcare;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * A new social care event: the start (referral date, plan start, start of care), an optional end,
 * and what the kind needs — the referral a plan belongs to, a referral's closure reason and source,
 * a CP plan's initial category, a care period's legal status.
 */
public class EventForm {

    @NotNull(message = "Enter the start date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private Long referralId;
    private ReasonForClosure closeReason;
    @Size(max = 4, message = "The code must be 4 characters or fewer")
    private String source;
    @Size(max = 20, message = "The category must be 20 characters or fewer")
    private String category;
    @Size(max = 4, message = "The legal status must be 4 characters or fewer, for example C2")
    private String legalStatus;

    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate v) { startDate = v; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate v) { endDate = v; }
    public Long getReferralId() { return referralId; }
    public void setReferralId(Long v) { referralId = v; }
    public ReasonForClosure getCloseReason() { return closeReason; }
    public void setCloseReason(ReasonForClosure v) { closeReason = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public String getLegalStatus() { return legalStatus; }
    public void setLegalStatus(String v) { legalStatus = v; }
}
