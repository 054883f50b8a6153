package org.rightbalance.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** Recording the family's consent to one component. */
public class GiveConsentForm {

    @NotNull(message = "Select the part of the programme the family consents to")
    private Component component;
    @NotNull(message = "Enter the date consent was given")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate givenOn;
    @NotBlank(message = "Enter who gave consent, for example Parent or Young person")
    @Size(max = 120, message = "Who gave consent must be 120 characters or fewer")
    private String givenBy;

    public Component getComponent() { return component; }
    public void setComponent(Component v) { component = v; }
    public LocalDate getGivenOn() { return givenOn; }
    public void setGivenOn(LocalDate v) { givenOn = v; }
    public String getGivenBy() { return givenBy; }
    public void setGivenBy(String v) { givenBy = v; }
}
