package org.rightbalance.conference;

import jakarta.validation.constraints.*;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The form with a professional's new words for a goal, and the reason the family will see. */
public class AmendGoalForm {

    @NotBlank(message = "Enter the goal's new words")
    @Size(max = 500, message = "The goal must be 500 characters or fewer")
    private String wording;
    @NotBlank(message = "Enter the reason for changing the family's plan: the family will see it")
    @Size(max = 1000, message = "The reason must be 1000 characters or fewer")
    private String reason;
    @NotNull(message = "Open the goal again and make your change")
    private Integer version;

    public String getWording() {
        return wording;
    }

    public void setWording(String wording) {
        this.wording = wording;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
