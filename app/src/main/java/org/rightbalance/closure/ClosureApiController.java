package org.rightbalance.closure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The REST API for closure: the same service calls as the page. */
@RestController
@RequestMapping("/api/cases/{caseId}/closure")
@Tag(name = "Closure", description = "Closing a case with a DfE reason and a closure plan; the follow-up check a year later")
class ClosureApiController {

    private final ClosureService closures;

    ClosureApiController(ClosureService closures) {
        this.closures = closures;
    }

    @GetMapping
    @Operation(summary = "The closure, its plan, the follow-up check and what the social care record says about the year after")
    ClosureView view(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId) {
        return closures.view(me.staff(), caseId);
    }

    @PostMapping
    @Operation(summary = "Close the case (RC1–RC9, date, closure plan); caseVersion must be the case's current version")
    ClosureView close(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @Valid @RequestBody CloseForm form) {
        closures.close(me.staff(), caseId, form.getReason(), form.getClosedOn(),
                new ClosurePlan(form.getContacts(), form.getMentorArrangement(), form.getPlanNotes()), form.getCaseVersion());
        return closures.view(me.staff(), caseId);
    }

    @PostMapping("/follow-up")
    @Operation(summary = "Record the check one year after closure: any re-referral or escalation")
    ClosureView followUp(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                         @Valid @RequestBody FollowUpForm form) {
        closures.recordFollowUp(me.staff(), caseId, form);
        return closures.view(me.staff(), caseId);
    }
}
