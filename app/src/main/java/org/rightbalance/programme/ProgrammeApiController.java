package org.rightbalance.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The programme page's figures for other systems: the same service call as the page. */
@RestController
@RequestMapping("/api/programme")
@Tag(name = "Programme", description = "Caseloads, cases by stage and the live outcome measures, for managers")
class ProgrammeApiController {

    private final ProgrammeService programme;

    ProgrammeApiController(ProgrammeService programme) {
        this.programme = programme;
    }

    @GetMapping
    @Operation(summary = "The programme's figures (a team manager's: their team's)",
            description = "Counts of children from 1 to 9 are suppressed: value null, text \"<10\". Intervals are 95%: "
                    + "Wilson for the shares, t for the mean days on a CIN plan.")
    ProgrammeDashboard dashboard(@AuthenticationPrincipal StaffPrincipal me) {
        return programme.dashboard(me.staff());
    }
}
