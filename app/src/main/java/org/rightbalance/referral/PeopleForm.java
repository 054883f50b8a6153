package org.rightbalance.referral;

/** Who works on the case besides the social worker; an empty choice removes the person. */
public class PeopleForm {

    private Long fgcCoordinatorId;
    private Long mentorId;
    private Long virtualSchoolOfficerId;

    public Long getFgcCoordinatorId() { return fgcCoordinatorId; }
    public void setFgcCoordinatorId(Long v) { fgcCoordinatorId = v; }
    public Long getMentorId() { return mentorId; }
    public void setMentorId(Long v) { mentorId = v; }
    public Long getVirtualSchoolOfficerId() { return virtualSchoolOfficerId; }
    public void setVirtualSchoolOfficerId(Long v) { virtualSchoolOfficerId = v; }
}
