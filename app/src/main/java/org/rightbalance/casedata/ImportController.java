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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The administrator's page for importing a council's SSD extract into the database. */
@Controller
class ImportController {

    /** The formats offered, in the order the radios show them. */
    static final Map<String, String> FORMATS = formats();

    private static Map<String, String> formats() {
        Map<String, String> formats = new LinkedHashMap<>();
        formats.put("SSD", "Standard Safeguarding Dataset extract (zip of its CSV files)");
        formats.put("CIN_CENSUS", "CIN census XML file");
        formats.put("SSDA903", "SSDA903 return (XML file, or zip of its CSV tables)");
        return Collections.unmodifiableMap(formats);
    }

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/import")
    String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("teams", imports.teams(me.staff()));
        model.addAttribute("formats", FORMATS);
        model.addAttribute("form", new ImportForm());
        return "casedata/import";
    }

    @PostMapping("/admin/import")
    String upload(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") ImportForm form,
                  BindingResult errors, Model model) throws IOException {
        model.addAttribute("teams", imports.teams(me.staff()));
        model.addAttribute("formats", FORMATS);
        if (form.getFile() == null || form.getFile().isEmpty()) {
            errors.rejectValue("file", "required", "Choose the file to import");
        }
        if (errors.hasErrors()) {
            return "casedata/import";
        }
        try (InputStream in = form.getFile().getInputStream()) {
            FormSubmission.save(errors,
                    () -> model.addAttribute("report", imports.importUpload(me.staff(), form.getFormat(), in, form.getTeamId())));
        }
        return "casedata/import";
    }
}
