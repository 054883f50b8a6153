package org.rightbalance.mentoring;

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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The mentoring page of a case, a session's outcome page, and mentors' caseloads. */
@Controller
class MentoringController {

    private static final UnaryOperator<String> CHECK_THE_SESSION = what -> what
            + ". Your entry is kept below: check the session and save again if it is still right.";

    private final MentoringService mentoring;

    MentoringController(MentoringService mentoring) {
        this.mentoring = mentoring;
    }

    @GetMapping("/cases/{caseId}/mentoring")
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("form", new PlanSessionForm());
        return render(me, caseId, model);
    }

    @PostMapping("/cases/{caseId}/mentoring/sessions")
    String plan(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                @Valid @ModelAttribute("form") PlanSessionForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, () -> mentoring.plan(me.staff(), caseId, form))) {
            return "redirect:/cases/" + caseId + "/mentoring";
        }
        return render(me, caseId, model);
    }

    @GetMapping("/cases/{caseId}/mentoring/sessions/{sessionId}")
    String session(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long sessionId,
                   Model model) {
        SessionPage page = mentoring.session(me.staff(), caseId, sessionId);
        SessionOutcomeForm form = new SessionOutcomeForm();
        form.setVersion(page.session().version());
        model.addAttribute("form", form);
        return sessionPage(page, model);
    }

    @PostMapping("/cases/{caseId}/mentoring/sessions/{sessionId}")
    String recordOutcome(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                         @PathVariable long sessionId, @Valid @ModelAttribute("form") SessionOutcomeForm form,
                         BindingResult result, Model model) {
        if (FormSubmission.save(result, CHECK_THE_SESSION,
                () -> mentoring.recordOutcome(me.staff(), caseId, sessionId, form))) {
            return "redirect:/cases/" + caseId + "/mentoring";
        }
        SessionPage page = mentoring.session(me.staff(), caseId, sessionId);
        if (FormSubmission.hasConflict(result)) {
            form.setVersion(page.session().version());
        }
        return sessionPage(page, model);
    }

    @GetMapping("/mentoring/caseload")
    String caseload(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("caseload", mentoring.caseload(me.staff()));
        return "mentoring/caseload";
    }

    private String render(StaffPrincipal me, long caseId, Model model) {
        model.addAttribute("record", mentoring.record(me.staff(), caseId));
        return "mentoring/mentoring";
    }

    private String sessionPage(SessionPage page, Model model) {
        model.addAttribute("page", page);
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put("HELD", "Held");
        outcomes.put("MISSED", "Missed");
        model.addAttribute("outcomes", outcomes);
        Map<String, String> missedBy = new LinkedHashMap<>();
        for (MissedBy m : MissedBy.values()) {
            missedBy.put(m.name(), m.label());
        }
        model.addAttribute("missedByOptions", missedBy);
        return "mentoring/session";
    }
}
