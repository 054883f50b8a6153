package org.rightbalance.virtualschool;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A term's attendance: the academic year, the term, sessions possible and attended. */
public class AttendanceForm {

    @NotBlank(message = "Enter the academic year, for example 2025/26")
    @Pattern(regexp = "^$|\\d{4}/\\d{2}", message = "Enter the academic year as, for example, 2025/26")
    private String academicYear;

    @NotBlank(message = "Select the term")
    @Pattern(regexp = "^$|AUTUMN|SPRING|SUMMER", message = "Select the term")
    private String term;

    @NotNull(message = "Enter the number of sessions the school was open for the child")
    @Min(value = 1, message = "Sessions possible must be at least 1")
    @Max(value = 400, message = "Sessions possible must be 400 or fewer (a school year has about 380 half-day sessions)")
    private Integer sessionsPossible;

    @NotNull(message = "Enter the number of sessions the child attended")
    @Min(value = 0, message = "Sessions attended cannot be negative")
    @Max(value = 400, message = "Sessions attended must be 400 or fewer")
    private Integer sessionsAttended;

    /** The version of the record being corrected; 0 for a new record. */
    private int version;

    public String getAcademicYear() {
        return academicYear;
    }

    public void setAcademicYear(String academicYear) {
        this.academicYear = academicYear;
    }

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public Integer getSessionsPossible() {
        return sessionsPossible;
    }

    public void setSessionsPossible(Integer sessionsPossible) {
        this.sessionsPossible = sessionsPossible;
    }

    public Integer getSessionsAttended() {
        return sessionsAttended;
    }

    public void setSessionsAttended(Integer sessionsAttended) {
        this.sessionsAttended = sessionsAttended;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    static AttendanceForm of(AttendanceRecord r) {
        AttendanceForm form = new AttendanceForm();
        form.setAcademicYear(r.term().academicYear());
        form.setTerm(r.term().term().name());
        form.setSessionsPossible(r.sessionsPossible());
        form.setSessionsAttended(r.sessionsAttended());
        form.setVersion(r.version());
        return form;
    }
}
