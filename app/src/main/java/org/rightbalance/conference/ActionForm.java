package org.rightbalance.conference;

import jakarta.validation.constraints.*;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The form adding who will do what by when to a goal. */
public class ActionForm {

    @NotBlank(message = "Enter who will do it")
    @Size(max = 120, message = "Who will do it must be 120 characters or fewer")
    private String who;
    @NotBlank(message = "Enter what they will do")
    @Size(max = 500, message = "What they will do must be 500 characters or fewer")
    private String what;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate byWhen;
    @Size(max = 1000, message = "The reason must be 1000 characters or fewer")
    private String reason;
    @NotNull(message = "Open the goal again and make your change")
    private Integer version;

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public LocalDate getByWhen() {
        return byWhen;
    }

    public void setByWhen(LocalDate byWhen) {
        this.byWhen = byWhen;
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
