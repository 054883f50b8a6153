package org.rightbalance.casedata;

import jakarta.validation.Valid;
import org.rightbalance.security.StaffPrincipal;
import org.rightbalance.system.FormSubmission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import java.io.IOException;
import java.io.InputStream;

/** The administrator's page for importing a council's SSD extract into the database. */
@Controller
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/import")
    String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("teams", imports.teams(me.staff()));
        model.addAttribute("form", new ImportForm());
        return "casedata/import";
    }

    @PostMapping("/admin/import")
    String upload(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") ImportForm form,
                  BindingResult errors, Model model) throws IOException {
        model.addAttribute("teams", imports.teams(me.staff()));
        if (form.getFile() == null || form.getFile().isEmpty()) {
            errors.rejectValue("file", "required", "Choose the zip file of the extract");
        }
        if (errors.hasErrors()) {
            return "casedata/import";
        }
        try (InputStream in = form.getFile().getInputStream()) {
            FormSubmission.save(errors,
                    () -> model.addAttribute("report", imports.importZip(me.staff(), in, form.getTeamId())));
        }
        return "casedata/import";
    }
}
