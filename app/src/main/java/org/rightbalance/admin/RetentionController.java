package org.rightbalance.admin;

import org.rightbalance.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The retention report page. */
@Controller
class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @GetMapping("/admin/retention")
    String report(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("report", retention.report(me.staff()));
        model.addAttribute("settings", retention.settings());
        return "admin/retention";
    }
}
