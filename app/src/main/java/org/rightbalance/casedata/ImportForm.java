package org.rightbalance.casedata;

import jakarta.validation.constraints.NotNull;
import org.springframework.web.multipart.MultipartFile;

/** The import page's form: the zip of an extract and the team for its programme cases. */
public class ImportForm {

    private MultipartFile file;

    @NotNull(message = "Choose the team that will hold the programme cases")
    private Long teamId;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }
}
