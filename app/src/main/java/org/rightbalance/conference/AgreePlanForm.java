package org.rightbalance.conference;

import jakarta.validation.constraints.*;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The form recording the day the family agreed its plan. */
public class AgreePlanForm {

    @NotNull(message = "Enter the date the family agreed its plan")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate agreedOn;
    @NotNull(message = "Open the plan again and make your change")
    private Integer version;

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
