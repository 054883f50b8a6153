package org.rightbalance.virtualschool;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** English and Maths attainment at a time point. */
public class AttainmentForm {

    @NotBlank(message = "Enter the time point, for example Baseline or End of programme")
    @Size(max = 80, message = "The time point must be 80 characters or fewer")
    private String timePoint;

    @NotNull(message = "Enter the date of the assessment")
    @PastOrPresent(message = "The date of the assessment must be today or in the past")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;

    @NotBlank(message = "Select the child's attainment in English")
    @Pattern(regexp = "^$|BELOW|EXPECTED", message = "Select the child's attainment in English")
    private String english;

    @NotBlank(message = "Select the child's attainment in Maths")
    @Pattern(regexp = "^$|BELOW|EXPECTED", message = "Select the child's attainment in Maths")
    private String maths;

    public String getTimePoint() {
        return timePoint;
    }

    public void setTimePoint(String timePoint) {
        this.timePoint = timePoint;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getEnglish() {
        return english;
    }

    public void setEnglish(String english) {
        this.english = english;
    }

    public String getMaths() {
        return maths;
    }

    public void setMaths(String maths) {
        this.maths = maths;
    }
}
