package org.rightbalance.consent;

import jakarta.validation.Valid;
import org.rightbalance.security.StaffPrincipal;
import org.rightbalance.system.FormSubmission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/** The consent page: what the family has agreed to, recording consent and withdrawing it. */
@Controller
class ConsentController {

    private static final UnaryOperator<String> NOTHING_SAVED = what -> what
            + ". Nothing was saved; what you entered is kept below.";

    private final ConsentService consents;
    private final Clock clock;

    ConsentController(ConsentService consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}/consent")
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        GiveConsentForm form = new GiveConsentForm();
        form.setGivenOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        model.addAttribute("view", consents.view(me.staff(), caseId));
        return "consent/consent";
    }

    @PostMapping("/cases/{caseId}/consent")
    String give(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                @Valid @ModelAttribute("form") GiveConsentForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, NOTHING_SAVED, () -> consents.give(me.staff(), caseId, form))) {
            return "redirect:/cases/" + caseId + "/consent";
        }
        model.addAttribute("view", consents.view(me.staff(), caseId));
        return "consent/consent";
    }

    @GetMapping("/cases/{caseId}/consent/{consentId}/withdraw")
    String withdrawForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                        @PathVariable long consentId, Model model) {
        ConsentRecord record = consents.record(me.staff(), caseId, consentId);
        WithdrawConsentForm form = new WithdrawConsentForm();
        form.setWithdrawnOn(LocalDate.now(clock));
        form.setVersion(record.version());
        model.addAttribute("form", form);
        model.addAttribute("record", record);
        model.addAttribute("view", consents.view(me.staff(), caseId));
        return "consent/withdraw";
    }

    @PostMapping("/cases/{caseId}/consent/{consentId}/withdraw")
    String withdraw(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long consentId,
                    @Valid @ModelAttribute("form") WithdrawConsentForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, () -> consents.withdraw(me.staff(), caseId, consentId, form))) {
            return "redirect:/cases/" + caseId + "/consent";
        }
        ConsentRecord record = consents.record(me.staff(), caseId, consentId);
        form.setVersion(record.version());
        model.addAttribute("record", record);
        model.addAttribute("view", consents.view(me.staff(), caseId));
        return "consent/withdraw";
    }
}
