package org.rightbalance.child;

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

/** The family and network page. */
@Controller
class FamilyController {

    private final FamilyService families;

    FamilyController(FamilyService families) {
        this.families = families;
    }

    @GetMapping("/cases/{caseId}/family")
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("form", new NetworkMemberForm());
        model.addAttribute("view", families.view(me.staff(), caseId));
        return "child/family";
    }

    @PostMapping("/cases/{caseId}/family/network")
    String add(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
               @Valid @ModelAttribute("form") NetworkMemberForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, () -> families.addMember(me.staff(), caseId, form))) {
            return "redirect:/cases/" + caseId + "/family";
        }
        model.addAttribute("view", families.view(me.staff(), caseId));
        return "child/family";
    }
}
