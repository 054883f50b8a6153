package org.rightbalance.systemic;

import jakarta.validation.Valid;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Section;
import org.rightbalance.security.StaffPrincipal;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.ConcurrentEditException;
import org.rightbalance.system.FormSubmission;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;

/** The systemic discussions pages: the shared outcomes, and the form recording a discussion. */
@Controller
@RequestMapping("/cases/{caseId}/systemic-discussions")
class SystemicController {

    private final SystemicService systemic;
    private final CaseAccess access;

    SystemicController(SystemicService systemic, CaseAccess access) {
        this.systemic = systemic;
        this.access = access;
    }

    @GetMapping
    String discussions(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        show(me.staff(), systemic.open(me.staff(), caseId), model);
        return "systemic/discussions";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        SystemicPage page = systemic.view(me.staff(), caseId);
        if (!page.mayChange()) {
            throw new RecordNotFoundException("systemic discussion form for case " + caseId);
        }
        model.addAttribute("form", new SystemicForm());
        return form(me.staff(), page, model);
    }

    @PostMapping
    String record(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                  @Valid @ModelAttribute("form") SystemicForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, () -> systemic.record(me.staff(), caseId, form.toNewDiscussion()))) {
            return "redirect:/cases/" + caseId + "/systemic-discussions";
        }
        return form(me.staff(), systemic.view(me.staff(), caseId), model);
    }

    @PostMapping("/actions/{actionId}/done")
    String complete(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long actionId,
                    @RequestParam int version, Model model) {
        try {
            systemic.completeAction(me.staff(), caseId, actionId, null, version);
            return "redirect:/cases/" + caseId + "/systemic-discussions";
        } catch (ConcurrentEditException e) {
            model.addAttribute("problem", e.getMessage() + ". Nothing was saved: check the action below and try again.");
        } catch (InvalidRequestException e) {
            model.addAttribute("problem", e.getMessage());
        }
        show(me.staff(), systemic.view(me.staff(), caseId), model);
        return "systemic/discussions";
    }

    private String form(StaffMember actor, SystemicPage page, Model model) {
        show(actor, page, model);
        Map<String, String> yesNo = new LinkedHashMap<>();
        yesNo.put("true", "Yes, the main carer took part");
        yesNo.put("false", "No");
        model.addAttribute("yesNo", yesNo);
        return "systemic/new";
    }

    private void show(StaffMember actor, SystemicPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("sections", access.viewableSections(actor, page.caseId()));
        model.addAttribute("section", Section.SYSTEMIC_DISCUSSION.name());
    }
}
