package org.rightbalance.mentoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Recording what happened to a planned session: held (with a note) or missed (by whom, and why).
 * Which fields are needed depends on the outcome; the session itself checks that.
 */
public class SessionOutcomeForm {

    @NotBlank(message = "Select whether the session was held or missed")
    @Pattern(regexp = "^$|HELD|MISSED", message = "Select whether the session was held or missed")
    private String outcome;

    @Size(max = MentoringSession.MAX_NOTE, message = "The note must be 1000 characters or fewer")
    private String note;

    @Pattern(regexp = "^$|MENTOR|YOUNG_PERSON|FAMILY", message = "Select who missed the session")
    private String missedBy;

    @Size(max = MentoringSession.MAX_REASON, message = "The reason must be 500 characters or fewer")
    private String reason;

    /** The version of the session the person opened. */
    private int version;

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getMissedBy() {
        return missedBy;
    }

    public void setMissedBy(String missedBy) {
        this.missedBy = missedBy;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
