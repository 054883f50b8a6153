package org.rightbalance.mentoring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** Planning a mentoring session: when, for how long, and where or doing what. */
public class PlanSessionForm {

    @NotNull(message = "Enter the date of the session")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank(message = "Enter the start time, for example 16:30")
    @Pattern(regexp = "^$|([01]?\\d|2[0-3]):[0-5]\\d", message = "Enter the start time as hours and minutes, for example 16:30")
    private String time;

    @NotNull(message = "Enter how long the session is planned to last, in minutes")
    @Min(value = 15, message = "A session must last at least 15 minutes")
    @Max(value = 480, message = "A session must last 480 minutes (8 hours) or less")
    private Integer durationMinutes = 60;

    @NotBlank(message = "Enter where the session is, or what you will do")
    @Size(max = 200, message = "The place or activity must be 200 characters or fewer")
    private String place;

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
