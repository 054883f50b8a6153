package org.rightbalance.child;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person to add to the family's network. */
public class NetworkMemberForm {

    @NotBlank(message = "Enter the person's name")
    @Size(max = 120, message = "The name must be 120 characters or fewer")
    private String name;
    @NotBlank(message = "Enter how they are related to the child, for example Aunt, Neighbour or Class teacher")
    @Size(max = 80, message = "The relationship must be 80 characters or fewer")
    private String relationship;
    @NotNull(message = "Select family, friend or professional")
    private NetworkMember.Kind kind;
    @Size(max = 120, message = "The organisation must be 120 characters or fewer")
    private String organisation;
    @Size(max = 200, message = "The contact details must be 200 characters or fewer")
    private String contact;
    private boolean mainCarer;

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getRelationship() { return relationship; }
    public void setRelationship(String v) { relationship = v; }
    public NetworkMember.Kind getKind() { return kind; }
    public void setKind(NetworkMember.Kind v) { kind = v; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String v) { organisation = v; }
    public String getContact() { return contact; }
    public void setContact(String v) { contact = v; }
    public boolean isMainCarer() { return mainCarer; }
    public void setMainCarer(boolean v) { mainCarer = v; }
}
