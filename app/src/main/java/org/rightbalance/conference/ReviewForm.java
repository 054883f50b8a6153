package org.rightbalance.conference;

import jakarta.validation.constraints.*;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The form recording a review: its date, a score from 1 to 10 for each goal, and when the next review is due. */
public class ReviewForm {

    @NotNull(message = "Enter the date of the review")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextReviewDue;
    private Map<Long, Integer> scores = new LinkedHashMap<>();
    @NotNull(message = "Open the plan again and make your change")
    private Integer version;

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalDate getNextReviewDue() {
        return nextReviewDue;
    }

    public void setNextReviewDue(LocalDate nextReviewDue) {
        this.nextReviewDue = nextReviewDue;
    }

    public Map<Long, Integer> getScores() {
        return scores;
    }

    public void setScores(Map<Long, Integer> scores) {
        this.scores = scores;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
