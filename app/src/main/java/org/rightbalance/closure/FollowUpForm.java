package org.rightbalance.closure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The check one year after closure: was the child re-referred, or escalated to a CP plan or care? */
public class FollowUpForm {

    @NotNull(message = "Enter the date of the check")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate checkedOn;
    @NotNull(message = "Select whether the child was re-referred in the year after closure")
    private Boolean reReferral;
    @NotNull(message = "Select whether the child was escalated in the year after closure")
    private Boolean escalation;
    @Size(max = 1000, message = "The notes must be 1000 characters or fewer")
    private String notes;
    private int version;

    public LocalDate getCheckedOn() { return checkedOn; }
    public void setCheckedOn(LocalDate v) { checkedOn = v; }
    public Boolean getReReferral() { return reReferral; }
    public void setReReferral(Boolean v) { reReferral = v; }
    public Boolean getEscalation() { return escalation; }
    public void setEscalation(Boolean v) { escalation = v; }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
}
