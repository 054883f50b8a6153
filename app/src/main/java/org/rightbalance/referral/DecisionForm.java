package org.rightbalance.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The decision on a referral: accept (with the social worker to allocate) or decline (with the reason). */
public class DecisionForm {

    @NotBlank(message = "Select accept or decline")
    @Pattern(regexp = "ACCEPT|DECLINE", message = "Select accept or decline")
    private String outcome;
    @NotNull(message = "Enter the date of the decision")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    private Long socialWorkerId;
    @Size(max = 1000, message = "The reason must be 1000 characters or fewer")
    private String reason;
    /** The referral's version when the page was opened. */
    private int version;

    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate v) { decidedOn = v; }
    public Long getSocialWorkerId() { return socialWorkerId; }
    public void setSocialWorkerId(Long v) { socialWorkerId = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
}
