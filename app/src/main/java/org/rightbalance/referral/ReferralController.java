package org.rightbalance.referral;

import jakarta.validation.Valid;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Section;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/** "Propose a child" and the case's referral page, with its decision, view and people forms. */
@Controller
class ReferralController {

    private static final UnaryOperator<String> SAVE_AGAIN = what -> what
            + ". Check what is recorded now; what you entered is kept below, and saving again will record it.";

    private final ReferralService referrals;
    private final CaseAccess access;
    private final Clock clock;

    ReferralController(ReferralService referrals, CaseAccess access, Clock clock) {
        this.referrals = referrals;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/referrals/new")
    String proposeForm(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        ProposalOptions options = referrals.proposalOptions(me.staff());
        ProposalForm form = new ProposalForm();
        form.setReferralDate(LocalDate.now(clock));
        form.setTeamId(options.defaultTeamId());
        form.setSocialWorkerView(SocialWorkerView.NOT_YET_ASKED);
        model.addAttribute("form", form);
        model.addAttribute("options", options);
        return "referral/propose";
    }

    @PostMapping("/referrals")
    String propose(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") ProposalForm form,
                   BindingResult result, Model model) {
        model.addAttribute("options", referrals.proposalOptions(me.staff()));
        AtomicLong caseId = new AtomicLong();
        if (!FormSubmission.save(result, () -> caseId.set(referrals.propose(me.staff(), form)))) {
            return "referral/propose";
        }
        return access.can(me.staff(), caseId.get(), Section.REFERRAL, Operation.VIEW)
                ? "redirect:/cases/" + caseId.get() + "/referral" : "redirect:/";
    }

    @GetMapping("/cases/{caseId}/referral")
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("view", referrals.view(me.staff(), caseId));
        return "referral/referral";
    }

    @GetMapping("/cases/{caseId}/referral/decision")
    String decisionForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        ReferralView view = referrals.view(me.staff(), caseId);
        DecisionForm form = new DecisionForm();
        form.setDecidedOn(LocalDate.now(clock));
        form.setSocialWorkerId(view.assigned("SOCIAL_WORKER"));
        if (view.referral() != null) {
            form.setVersion(view.referral().version());
        }
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        return "referral/decision";
    }

    @PostMapping("/cases/{caseId}/referral/decision")
    String decide(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                  @Valid @ModelAttribute("form") DecisionForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, SAVE_AGAIN, () -> referrals.decide(me.staff(), caseId, form))) {
            return "redirect:/cases/" + caseId + "/referral";
        }
        ReferralView view = referrals.view(me.staff(), caseId);
        if (FormSubmission.hasConflict(result) && view.referral() != null) {
            form.setVersion(view.referral().version());
        }
        model.addAttribute("view", view);
        return "referral/decision";
    }

    @GetMapping("/cases/{caseId}/referral/view")
    String viewForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        ReferralView view = referrals.view(me.staff(), caseId);
        SocialWorkerViewForm form = new SocialWorkerViewForm();
        if (view.referral() != null) {
            form.setSocialWorkerView(view.referral().socialWorkerView());
            form.setSocialWorkerComment(view.referral().socialWorkerComment());
            form.setVersion(view.referral().version());
        }
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        return "referral/social-worker-view";
    }

    @PostMapping("/cases/{caseId}/referral/view")
    String recordView(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                      @Valid @ModelAttribute("form") SocialWorkerViewForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, SAVE_AGAIN, () -> referrals.recordSocialWorkerView(me.staff(), caseId, form))) {
            return "redirect:/cases/" + caseId + "/referral";
        }
        ReferralView view = referrals.view(me.staff(), caseId);
        if (FormSubmission.hasConflict(result) && view.referral() != null) {
            form.setVersion(view.referral().version());
        }
        model.addAttribute("view", view);
        return "referral/social-worker-view";
    }

    @GetMapping("/cases/{caseId}/referral/people")
    String peopleForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        ReferralView view = referrals.view(me.staff(), caseId);
        PeopleForm form = new PeopleForm();
        form.setFgcCoordinatorId(view.assigned("FGC_COORDINATOR"));
        form.setMentorId(view.assigned("MENTOR"));
        form.setVirtualSchoolOfficerId(view.assigned("VIRTUAL_SCHOOL_OFFICER"));
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        return "referral/people";
    }

    @PostMapping("/cases/{caseId}/referral/people")
    String assignPeople(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                        @ModelAttribute("form") PeopleForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, () -> referrals.assignPeople(me.staff(), caseId, form))) {
            return "redirect:/cases/" + caseId + "/referral";
        }
        model.addAttribute("view", referrals.view(me.staff(), caseId));
        return "referral/people";
    }
}
