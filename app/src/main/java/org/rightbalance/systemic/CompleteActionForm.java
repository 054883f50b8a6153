package org.rightbalance.systemic;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** Marks an agreed action done (API body). */
public class CompleteActionForm {
    @NotNull(message = "Enter the date the action was done")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate completedOn;
    @NotNull(message = "Open the discussion again and make your change")
    private Integer version;

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
