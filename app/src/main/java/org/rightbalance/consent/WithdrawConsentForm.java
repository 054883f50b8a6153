package org.rightbalance.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** Withdrawing consent to a component, with the date and the reason. */
public class WithdrawConsentForm {

    @NotNull(message = "Enter the date consent was withdrawn")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate withdrawnOn;
    @NotBlank(message = "Enter why consent was withdrawn")
    @Size(max = 500, message = "The reason must be 500 characters or fewer")
    private String reason;
    private int version;

    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public void setWithdrawnOn(LocalDate v) { withdrawnOn = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
}
