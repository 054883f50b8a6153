package org.rightbalance.conference;

import jakarta.validation.constraints.*;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The form adding a goal to the family plan, in the family's own words. */
public class GoalForm {

    @NotBlank(message = "Enter the goal in the family's own words")
    @Size(max = 500, message = "The goal must be 500 characters or fewer")
    private String wording;
    @NotNull(message = "Enter where the family is now, from 1 to 10")
    @Min(value = 1, message = "Enter where the family is now, from 1 to 10")
    @Max(value = 10, message = "Enter where the family is now, from 1 to 10")
    private Integer score;
    @Size(max = 1000, message = "The reason must be 1000 characters or fewer")
    private String reason;

    public String getWording() {
        return wording;
    }

    public void setWording(String wording) {
        this.wording = wording;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
