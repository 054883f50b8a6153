package org.rightbalance.consent;

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

/** The REST API for consent: the same service calls as the page. */
@RestController
@RequestMapping("/api/cases/{caseId}/consent")
@Tag(name = "Consent", description = "The family's consent to each component of the programme, and its withdrawal")
class ConsentApiController {

    private final ConsentService consents;

    ConsentApiController(ConsentService consents) {
        this.consents = consents;
    }

    @GetMapping
    @Operation(summary = "Each component's consent in force, and the full history")
    ConsentView view(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId) {
        return consents.view(me.staff(), caseId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record consent to a component (FGC consent moves an engaging case to conferencing)")
    ConsentView give(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                     @Valid @RequestBody GiveConsentForm form) {
        consents.give(me.staff(), caseId, form);
        return consents.view(me.staff(), caseId);
    }

    @PostMapping("/{consentId}/withdrawal")
    @Operation(summary = "Withdraw consent: the component's work stops and the social worker is alerted")
    ConsentView withdraw(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                         @PathVariable long consentId, @Valid @RequestBody WithdrawConsentForm form) {
        consents.withdraw(me.staff(), caseId, consentId, form);
        return consents.view(me.staff(), caseId);
    }
}
