package org.rightbalance.programme;

import org.rightbalance.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The programme page for managers. */
@Controller
class ProgrammeController {

    private final ProgrammeService programme;

    ProgrammeController(ProgrammeService programme) {
        this.programme = programme;
    }

    @GetMapping("/programme")
    String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        ProgrammeDashboard dashboard = programme.dashboard(me.staff());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("chart", OutcomeChart.of(dashboard.outcomes()));
        return "programme/programme";
    }
}
