package org.rightbalance.referral;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * "Propose a child": the child (found by the council's identifier, or new), the team that will hold
 * the case, and the referral. Page form and API request body alike.
 */
public class ProposalForm {

    @NotBlank(message = "Enter the council's child identifier")
    @Size(max = 40, message = "The child identifier must be 40 characters or fewer")
    private String councilChildId;
    @Size(max = 100, message = "The first name must be 100 characters or fewer")
    private String givenName;
    @Size(max = 100, message = "The last name must be 100 characters or fewer")
    private String familyName;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dateOfBirth;
    private String sex;
    @Size(max = 4, message = "The ethnicity code is 4 characters or fewer, for example WBRI")
    private String ethnicity;
    @Size(max = 300, message = "The address must be 300 characters or fewer")
    private String address;
    @Size(max = 10, message = "The postcode must be 10 characters or fewer")
    private String postcode;
    private Long teamId;
    @NotNull(message = "Enter the referral date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate referralDate;
    @Size(max = 1000, message = "The reason must be 1000 characters or fewer")
    private String outsideCriteriaReason;
    @NotNull(message = "Select the allocated social worker's view")
    private SocialWorkerView socialWorkerView;
    @Size(max = 1000, message = "The comment must be 1000 characters or fewer")
    private String socialWorkerComment;
    @NotNull(message = "Select the family's motivation, from 1 to 5")
    @Min(value = 1, message = "Select the family's motivation, from 1 to 5")
    @Max(value = 5, message = "Select the family's motivation, from 1 to 5")
    private Integer motivation;
    @Size(max = 1000, message = "The notes must be 1000 characters or fewer")
    private String motivationNotes;
    @NotNull(message = "Select the family's stability, from 1 to 5")
    @Min(value = 1, message = "Select the family's stability, from 1 to 5")
    @Max(value = 5, message = "Select the family's stability, from 1 to 5")
    private Integer stability;
    @Size(max = 1000, message = "The notes must be 1000 characters or fewer")
    private String stabilityNotes;
    @NotNull(message = "Select how the case is allocated")
    private AllocationMethod allocationMethod;

    public String getCouncilChildId() { return councilChildId; }
    public void setCouncilChildId(String v) { councilChildId = v; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate v) { dateOfBirth = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String v) { ethnicity = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String v) { postcode = v; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long v) { teamId = v; }
    public LocalDate getReferralDate() { return referralDate; }
    public void setReferralDate(LocalDate v) { referralDate = v; }
    public String getOutsideCriteriaReason() { return outsideCriteriaReason; }
    public void setOutsideCriteriaReason(String v) { outsideCriteriaReason = v; }
    public SocialWorkerView getSocialWorkerView() { return socialWorkerView; }
    public void setSocialWorkerView(SocialWorkerView v) { socialWorkerView = v; }
    public String getSocialWorkerComment() { return socialWorkerComment; }
    public void setSocialWorkerComment(String v) { socialWorkerComment = v; }
    public Integer getMotivation() { return motivation; }
    public void setMotivation(Integer v) { motivation = v; }
    public String getMotivationNotes() { return motivationNotes; }
    public void setMotivationNotes(String v) { motivationNotes = v; }
    public Integer getStability() { return stability; }
    public void setStability(Integer v) { stability = v; }
    public String getStabilityNotes() { return stabilityNotes; }
    public void setStabilityNotes(String v) { stabilityNotes = v; }
    public AllocationMethod getAllocationMethod() { return allocationMethod; }
    public void setAllocationMethod(AllocationMethod v) { allocationMethod = v; }
}
