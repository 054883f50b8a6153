package org.rightbalance.closure;

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

/** The closure page (close the case with its plan) and the follow-up check a year later. */
@Controller
class ClosureController {

    private static final UnaryOperator<String> CHECK_THE_STAGE = what -> what
            + ". Check the case's stage now; what you entered is kept below.";

    private final ClosureService closures;
    private final Clock clock;

    ClosureController(ClosureService closures, Clock clock) {
        this.closures = closures;
        this.clock = clock;
    }

    @GetMapping("/cases/{caseId}/closure")
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        ClosureView view = closures.view(me.staff(), caseId);
        CloseForm form = new CloseForm();
        form.setClosedOn(LocalDate.now(clock));
        form.setCaseVersion(view.caseVersion());
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        return "closure/closure";
    }

    @PostMapping("/cases/{caseId}/closure")
    String close(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                 @Valid @ModelAttribute("form") CloseForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, CHECK_THE_STAGE, () -> closures.close(me.staff(), caseId, form.getReason(),
                form.getClosedOn(), new ClosurePlan(form.getContacts(), form.getMentorArrangement(), form.getPlanNotes()),
                form.getCaseVersion()))) {
            return "redirect:/cases/" + caseId + "/closure";
        }
        ClosureView view = closures.view(me.staff(), caseId);
        form.setCaseVersion(view.caseVersion());
        model.addAttribute("view", view);
        return "closure/closure";
    }

    @GetMapping("/cases/{caseId}/closure/follow-up")
    String followUpForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        ClosureView view = closures.view(me.staff(), caseId);
        FollowUpForm form = new FollowUpForm();
        form.setCheckedOn(LocalDate.now(clock));
        if (view.closure() != null) {
            form.setVersion(view.closure().version());
        }
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        return "closure/follow-up";
    }

    @PostMapping("/cases/{caseId}/closure/follow-up")
    String followUp(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                    @Valid @ModelAttribute("form") FollowUpForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, () -> closures.recordFollowUp(me.staff(), caseId, form))) {
            return "redirect:/cases/" + caseId + "/closure";
        }
        ClosureView view = closures.view(me.staff(), caseId);
        if (view.closure() != null) {
            form.setVersion(view.closure().version());
        }
        model.addAttribute("view", view);
        return "closure/follow-up";
    }
}
