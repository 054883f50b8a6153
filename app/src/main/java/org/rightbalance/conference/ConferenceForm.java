package org.rightbalance.conference;

import jakarta.validation.constraints.*;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The form recording the conference: date, venue, private family time, first review. */
public class ConferenceForm {

    @NotNull(message = "Enter the date of the conference")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    @NotBlank(message = "Enter where the conference is held")
    @Size(max = 200, message = "The venue must be 200 characters or fewer")
    private String venue;
    private Boolean privateTimeHeld;
    private Integer privateTimeMinutes;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextReviewDue;
    private Integer version;

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public Boolean getPrivateTimeHeld() {
        return privateTimeHeld;
    }

    public void setPrivateTimeHeld(Boolean privateTimeHeld) {
        this.privateTimeHeld = privateTimeHeld;
    }

    public Integer getPrivateTimeMinutes() {
        return privateTimeMinutes;
    }

    public void setPrivateTimeMinutes(Integer privateTimeMinutes) {
        this.privateTimeMinutes = privateTimeMinutes;
    }

    public LocalDate getNextReviewDue() {
        return nextReviewDue;
    }

    public void setNextReviewDue(LocalDate nextReviewDue) {
        this.nextReviewDue = nextReviewDue;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
