package org.rightbalance.socialcare;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

/** The REST API for the child's social care events: the same service calls as the page. */
@RestController
@RequestMapping("/api/cases/{caseId}/events")
@Tag(name = "Social care events", description = "Referrals and re-referrals, CIN plans, child protection plans and periods of care")
class SocialCareApiController {

    private final SocialCareService events;

    SocialCareApiController(SocialCareService events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "The child's referrals, plans and periods of care, and the first programme year's outcomes")
    EventsView view(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId) {
        return events.view(me.staff(), caseId);
    }

    @PostMapping("/{kind}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an event, checked like the DfE rules (end not before start, no overlapping CIN plans, "
            + "CIN plan not overlapping a CP plan, plan not before its referral, closure date and reason together)")
    EventsView add(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                   @Parameter(description = "referrals, cin-plans, cp-plans or care-periods") @PathVariable String kind,
                   @Valid @RequestBody EventForm form) {
        events.add(me.staff(), caseId, EventKind.fromPath(kind), form);
        return events.view(me.staff(), caseId);
    }

    @PostMapping("/{kind}/{eventId}/end")
    @Operation(summary = "End a plan or period of care, or close a referral (with the reason for closure)")
    EventsView end(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                   @Parameter(description = "referrals, cin-plans, cp-plans or care-periods") @PathVariable String kind,
                   @PathVariable long eventId, @Valid @RequestBody EndEventForm form) {
        events.end(me.staff(), caseId, EventKind.fromPath(kind), eventId, form);
        return events.view(me.staff(), caseId);
    }
}
