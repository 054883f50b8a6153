package org.rightbalance.referral;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The REST API for referrals: the same service calls as the pages. */
@RestController
@Tag(name = "Referral", description = "Proposing children for the programme, the decision, and who works on the case")
class ReferralApiController {

    private final ReferralService referrals;

    ReferralApiController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @PostMapping("/api/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a child for the programme: opens a case and records the referral; "
            + "a child randomised to the comparison group is not taken on")
    Map<String, Long> propose(@AuthenticationPrincipal StaffPrincipal me, @Valid @RequestBody ProposalForm form) {
        return Map.of("caseId", referrals.propose(me.staff(), form));
    }

    @GetMapping("/api/cases/{caseId}/referral")
    @Operation(summary = "The case's referral: criteria, views, allocation method and random draw, decision, people")
    ReferralView view(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId) {
        return referrals.view(me.staff(), caseId);
    }

    @PostMapping("/api/cases/{caseId}/referral/decision")
    @Operation(summary = "Accept the child (allocating a social worker) or decline, with the reason")
    ReferralView decide(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                        @Valid @RequestBody DecisionForm form) {
        referrals.decide(me.staff(), caseId, form);
        return referrals.view(me.staff(), caseId);
    }

    @PutMapping("/api/cases/{caseId}/referral/social-worker-view")
    @Operation(summary = "Record the allocated social worker's view of whether the programme is appropriate")
    ReferralView recordView(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                            @Valid @RequestBody SocialWorkerViewForm form) {
        referrals.recordSocialWorkerView(me.staff(), caseId, form);
        return referrals.view(me.staff(), caseId);
    }

    @PutMapping("/api/cases/{caseId}/referral/people")
    @Operation(summary = "Allocate the FGC coordinator, mentor and Virtual School officer (null removes)")
    ReferralView assignPeople(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                              @RequestBody PeopleForm form) {
        referrals.assignPeople(me.staff(), caseId, form);
        return referrals.view(me.staff(), caseId);
    }
}
