package org.rightbalance.conference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The REST API for the family group conference: the same service calls as the pages. */
@RestController
@RequestMapping("/api/cases/{caseId}/conference")
@Tag(name = "Family group conference", description = "The conference, the people the family invited, the family plan, its reviews and amendments")
class ConferenceApiController {

    private final ConferenceService conferences;

    ConferenceApiController(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @GetMapping
    @Operation(summary = "The case's conference, coordinator, invitees and family plan with scores and amendments")
    ConferencePage conference(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId) {
        return conferences.page(me.staff(), caseId);
    }

    @PutMapping
    @Operation(summary = "Record the conference, or change it (send the version you read; 409 if someone changed it since)")
    FamilyGroupConference record(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                                 @Valid @RequestBody ConferenceForm body) {
        return conferences.record(me.staff(), caseId, new ConferenceDetails(body.getHeldOn(), body.getVenue(),
                body.getPrivateTimeHeld(), body.getPrivateTimeMinutes(), body.getNextReviewDue()), body.getVersion());
    }

    @PostMapping("/invitees")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add someone the family invited: a network member (networkMemberId) or a name")
    Invitee invite(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                   @Valid @RequestBody InviteeForm body) {
        return conferences.invite(me.staff(), caseId, body.getNetworkMemberId(), body.getName(), body.getRelationship(),
                body.getAttended());
    }

    @PostMapping("/invitees/{inviteeId}/attendance")
    @Operation(summary = "Record whether someone the family invited came (send the version you read; 409 if changed since)")
    void attendance(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long inviteeId,
                    @RequestBody Attendance body) {
        conferences.recordAttendance(me.staff(), caseId, inviteeId, body.attended(), body.version());
    }

    /** Whether an invitee came, and the version of their record the caller read. */
    record Attendance(Boolean attended, int version) {
    }

    @PostMapping("/goals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a goal in the family's words with where the family is now (1-10); after the plan is agreed a reason is required and an amendment is recorded")
    Goal addGoal(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @Valid @RequestBody GoalForm body) {
        return conferences.addGoal(me.staff(), caseId, body.getWording(), body.getScore(), body.getReason());
    }

    @PostMapping("/goals/{goalId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add who will do what by when to a goal; after the plan is agreed a reason is required and an amendment is recorded")
    Goal addAction(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long goalId,
                   @Valid @RequestBody ActionForm body) {
        return conferences.addAction(me.staff(), caseId, goalId,
                new GoalAction(0, goalId, body.getWho(), body.getWhat(), body.getByWhen()), body.getReason(), body.getVersion());
    }

    @PostMapping("/goals/{goalId}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Amend a goal's words, with the reason the family will see (the only way to change them)")
    Goal amend(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long goalId,
               @Valid @RequestBody AmendGoalForm body) {
        return conferences.amendGoal(me.staff(), caseId, goalId, body.getWording(), body.getReason(), body.getVersion());
    }

    @PostMapping("/goals/{goalId}/actions/{actionId}/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Change who will do what by when, with the reason the family will see (the only way to change an action)")
    Goal amendAction(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long goalId,
                     @PathVariable long actionId, @Valid @RequestBody ActionForm body) {
        return conferences.amendAction(me.staff(), caseId, goalId, actionId,
                new GoalAction(actionId, goalId, body.getWho(), body.getWhat(), body.getByWhen()), body.getReason(),
                body.getVersion());
    }

    @PostMapping("/agreement")
    @Operation(summary = "Record the day the family agreed its plan")
    FamilyGroupConference agree(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                                @Valid @RequestBody AgreePlanForm body) {
        return conferences.agreePlan(me.staff(), caseId, body.getAgreedOn(), body.getVersion());
    }

    @PostMapping("/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a review: a score from 1 to 10 for every goal (scores by goal id), and the next review's date")
    Review review(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @Valid @RequestBody ReviewForm body) {
        return conferences.review(me.staff(), caseId, body.getHeldOn(), body.getScores(), body.getNextReviewDue(),
                body.getVersion());
    }
}
