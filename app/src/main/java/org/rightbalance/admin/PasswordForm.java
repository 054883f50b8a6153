package org.rightbalance.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Setting a new password for a member of staff. */
public class PasswordForm {

    @NotBlank(message = "Enter a new password")
    @Size(max = 200, message = "Enter a password of 200 characters or fewer")
    private String password;

    private int version;

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
