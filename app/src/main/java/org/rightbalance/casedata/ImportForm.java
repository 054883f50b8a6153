package org.rightbalance.casedata;

import jakarta.validation.constraints.NotNull;
import org.rightbalance.evaluation.importing.Importer;
import org.springframework.web.multipart.MultipartFile;

/** The import page's form: the file, its format, and the team for its programme cases. */
public class ImportForm {

    private MultipartFile file;

    @NotNull(message = "Choose the format of the file")
    private Importer.Format format = Importer.Format.SSD;

    @NotNull(message = "Choose the team that will hold the programme cases")
    private Long teamId;

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile file) {
        this.file = file;
    }

    public Importer.Format getFormat() {
        return format;
    }

    public void setFormat(Importer.Format format) {
        this.format = format;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }
}
