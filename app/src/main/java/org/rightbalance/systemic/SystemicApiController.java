package org.rightbalance.systemic;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The REST API for systemic discussions: the same service calls as the pages. */
@RestController
@RequestMapping("/api/cases/{caseId}/systemic-discussions")
@Tag(name = "Systemic discussions", description = "Multi-agency systemic discussions: who was there, dilemmas, actions, referrals; shared with everyone on the case")
class SystemicApiController {

    private final SystemicService systemic;

    SystemicApiController(SystemicService systemic) {
        this.systemic = systemic;
    }

    @GetMapping
    @Operation(summary = "The case's systemic discussions, newest first; reading them records that the caller has read each outcome")
    SystemicPage discussions(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId) {
        return systemic.open(me.staff(), caseId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a systemic discussion (needs the family's consent to systemic discussion on the day)")
    SystemicDiscussion record(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                              @Valid @RequestBody SystemicForm body) {
        return systemic.record(me.staff(), caseId, body.toNewDiscussion());
    }

    @PostMapping("/actions/{actionId}/completion")
    @Operation(summary = "Mark an agreed action done (send the version you read; 409 if someone changed it since)")
    void complete(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long actionId,
                  @Valid @RequestBody CompleteActionForm body) {
        systemic.completeAction(me.staff(), caseId, actionId, body.getCompletedOn(), body.getVersion());
    }
}
