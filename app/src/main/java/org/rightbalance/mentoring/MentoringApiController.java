package org.rightbalance.mentoring;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The REST API for mentoring: the same service calls as the pages. */
@RestController
@Tag(name = "Mentoring", description = "Mentoring sessions planned, held and missed, and mentors' caseloads")
class MentoringApiController {

    private final MentoringService mentoring;

    MentoringApiController(MentoringService mentoring) {
        this.mentoring = mentoring;
    }

    @GetMapping("/api/cases/{caseId}/mentoring")
    @Operation(summary = "A case's mentoring sessions, oldest first, and whether consent to mentoring stands")
    MentoringRecord record(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId) {
        return mentoring.record(me.staff(), caseId);
    }

    @GetMapping("/api/cases/{caseId}/mentoring/sessions/{sessionId}")
    @Operation(summary = "One mentoring session")
    MentoringSession session(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                             @PathVariable long sessionId) {
        return mentoring.session(me.staff(), caseId, sessionId).session();
    }

    @PostMapping("/api/cases/{caseId}/mentoring/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a mentoring session (needs the family's consent to mentoring)")
    MentoringSession plan(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                          @Valid @RequestBody PlanSessionForm form) {
        return mentoring.plan(me.staff(), caseId, form);
    }

    @PostMapping("/api/cases/{caseId}/mentoring/sessions/{sessionId}/outcome")
    @Operation(summary = "Record a planned session as held (with a note) or missed (by whom, why); 409 if changed meanwhile")
    MentoringSession recordOutcome(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                                   @PathVariable long sessionId, @Valid @RequestBody SessionOutcomeForm form) {
        return mentoring.recordOutcome(me.staff(), caseId, sessionId, form);
    }

    @GetMapping("/api/mentoring/caseload")
    @Operation(summary = "Mentors' caseloads over the children the caller may see (mentors: their own)")
    Caseload caseload(@AuthenticationPrincipal StaffPrincipal me) {
        return mentoring.caseload(me.staff());
    }
}
