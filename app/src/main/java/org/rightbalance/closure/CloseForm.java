package org.rightbalance.closure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rightbalance.socialcare.ReasonForClosure;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** Closing the case: the DfE reason, the date and the closure plan. */
public class CloseForm {

    @NotNull(message = "Select the reason for closure")
    private ReasonForClosure reason;
    @NotNull(message = "Enter the closure date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate closedOn;
    @NotBlank(message = "Enter who the family can turn to after closure, with how to reach them")
    @Size(max = 1000, message = "The contacts must be 1000 characters or fewer")
    private String contacts;
    @NotNull(message = "Select what happens to the mentor relationship")
    private MentorArrangement mentorArrangement;
    @Size(max = 2000, message = "The notes must be 2000 characters or fewer")
    private String planNotes;
    /** The case's version when the page was opened. */
    private int caseVersion;

    public ReasonForClosure getReason() { return reason; }
    public void setReason(ReasonForClosure v) { reason = v; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate v) { closedOn = v; }
    public String getContacts() { return contacts; }
    public void setContacts(String v) { contacts = v; }
    public MentorArrangement getMentorArrangement() { return mentorArrangement; }
    public void setMentorArrangement(MentorArrangement v) { mentorArrangement = v; }
    public String getPlanNotes() { return planNotes; }
    public void setPlanNotes(String v) { planNotes = v; }
    public int getCaseVersion() { return caseVersion; }
    public void setCaseVersion(int v) { caseVersion = v; }
}
