package org.rightbalance.conference;

import jakarta.validation.constraints.*;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The form adding someone the family invited to its conference. */
public class InviteeForm {

    private Long networkMemberId;
    @Size(max = 120, message = "The name must be 120 characters or fewer")
    private String name;
    @Size(max = 80, message = "The relationship must be 80 characters or fewer")
    private String relationship;
    /** Null while the conference is still ahead. */
    private Boolean attended;

    public Long getNetworkMemberId() {
        return networkMemberId;
    }

    public void setNetworkMemberId(Long networkMemberId) {
        this.networkMemberId = networkMemberId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public Boolean getAttended() {
        return attended;
    }

    public void setAttended(Boolean attended) {
        this.attended = attended;
    }
}
