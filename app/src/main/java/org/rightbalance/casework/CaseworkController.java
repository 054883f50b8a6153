package org.rightbalance.casework;

import org.rightbalance.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The worker's home page and the child's case page. */
@Controller
class CaseworkController {

    private final CaseworkService casework;

    CaseworkController(CaseworkService casework) {
        this.casework = casework;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("home", casework.home(me.staff()));
        return "casework/home";
    }

    @GetMapping("/cases/{caseId}")
    String casePage(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("overview", casework.overview(me.staff(), caseId));
        return "casework/case";
    }
}
