package org.rightbalance.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The allocated social worker's view of the referral, recorded or changed after the proposal. */
public class SocialWorkerViewForm {

    @NotNull(message = "Select the social worker's view")
    private SocialWorkerView socialWorkerView;
    @Size(max = 1000, message = "The comment must be 1000 characters or fewer")
    private String socialWorkerComment;
    private int version;

    public SocialWorkerView getSocialWorkerView() { return socialWorkerView; }
    public void setSocialWorkerView(SocialWorkerView v) { socialWorkerView = v; }
    public String getSocialWorkerComment() { return socialWorkerComment; }
    public void setSocialWorkerComment(String v) { socialWorkerComment = v; }
    public int getVersion() { return version; }
    public void setVersion(int v) { version = v; }
}
