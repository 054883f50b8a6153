package org.rightbalance.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.rightbalance.staff.Role;

/**
 * Adding a member of staff, or changing their details. The username and password are used only when
 * adding (the password has its own form afterwards).
 */
public class StaffForm {

    @NotBlank(message = "Enter a user name", groups = Adding.class)
    @Pattern(regexp = "^$|[a-z0-9][a-z0-9._-]{1,59}", message = "Enter a user name of 2 to 60 lower-case letters, digits, dots, hyphens or underscores", groups = Adding.class)
    private String username;

    @NotBlank(message = "Enter the person's name")
    @Size(max = 120, message = "Enter a name of 120 characters or fewer")
    private String displayName;

    @NotNull(message = "Choose a role")
    private Role role;

    private Long teamId;

    @Email(message = "Enter an email address in the correct format, like name@example.gov.uk")
    @Size(max = 200, message = "Enter an email address of 200 characters or fewer")
    private String email;

    @NotBlank(message = "Enter a password", groups = Adding.class)
    @Size(max = 200, message = "Enter a password of 200 characters or fewer", groups = Adding.class)
    private String password;

    private int version;

    /** Validation group for the fields that only the "add" form has. */
    public interface Adding {
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
