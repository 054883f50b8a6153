package org.rightbalance.programme;

import org.rightbalance.costs.CostService;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Optional;

/** The programme page for managers. */
@Controller
class ProgrammeController {

    private final ProgrammeService programme;
    private final CostService costs;

    ProgrammeController(ProgrammeService programme, CostService costs) {
        this.programme = programme;
        this.costs = costs;
    }

    @GetMapping("/programme")
    String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        ProgrammeDashboard dashboard = programme.dashboard(me.staff());
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("chart", OutcomeChart.of(dashboard.outcomes()));
        if (CostService.mayKeepLedger(me.staff().role())) {
            model.addAttribute("costs", costs.summary(me.staff(), Optional.empty(), Optional.empty()));
        }
        return "programme/programme";
    }
}
