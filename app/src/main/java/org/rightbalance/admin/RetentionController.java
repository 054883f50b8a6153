package org.rightbalance.admin;

import org.rightbalance.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.rightbalance.system.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/** The retention report page. */
@Controller
class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @GetMapping("/admin/retention")
    String report(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("report", retention.report(me.staff()));
        model.addAttribute("settings", retention.settings());
        return "admin/retention";
    }

    @PostMapping("/admin/retention/{childId}/delete")
    String delete(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long childId,
                  @RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect) {
        try {
            Map<String, Integer> deleted = retention.deleteChild(me.staff(), childId, confirm);
            redirect.addFlashAttribute("done", "Deleted " + deleted.values().stream().mapToInt(Integer::intValue).sum()
                    + " records of the child. The audit trail keeps the record of who saw it, and of this deletion.");
            return "redirect:/admin/retention";
        } catch (InvalidRequestException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errorChild", childId);
            return report(me, model);
        }
    }
}
