package org.rightbalance.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;

/** Subject access requests: find a child, see what is held, download it all as JSON. */
@Controller
class SubjectAccessController {

    private final SubjectAccessService sar;

    SubjectAccessController(SubjectAccessService sar) {
        this.sar = sar;
    }

    @GetMapping("/admin/subject-access")
    String find(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String child, Model model) {
        sar.requireAdministrator(me.staff());
        model.addAttribute("child", child);
        if (child != null && !child.isBlank()) {
            if (child.length() > 40) {
                model.addAttribute("error", "Enter a child identifier of 40 characters or fewer");
            } else {
                sar.find(me.staff(), child).ifPresentOrElse(s -> model.addAttribute("summary", s),
                        () -> model.addAttribute("error", "No child has this identifier. Check it and try again."));
            }
        } else if (child != null) {
            model.addAttribute("error", "Enter the council's child identifier or the internal id");
        }
        return "admin/subject-access";
    }

    @GetMapping("/admin/subject-access/{childId}/export.json")
    void export(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long childId, HttpServletResponse response)
            throws IOException {
        sar.export(me.staff(), childId, () -> {
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-access-" + childId + ".json\"");
            return response.getOutputStream();
        });
    }
}
