package org.rightbalance.costs;

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

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The programme manager's cost ledger: totals and cost per child over a period, and the form for a cost. */
@Controller
class CostController {

    private static final UnaryOperator<String> SOMEONE_ELSE_CHANGED_IT = what ->
            "Someone else changed this cost after you opened it. Your changes are below but were not saved: "
                    + "open the cost again to see theirs, then make your change.";

    private final CostService costs;

    CostController(CostService costs) {
        this.costs = costs;
    }

    @GetMapping("/programme/costs")
    String summary(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("period") PeriodForm period,
                   BindingResult errors, Model model) {
        boolean usable = !errors.hasErrors() && (period.getFrom() == null || period.getTo() == null
                || !period.getTo().isBefore(period.getFrom()));
        if (!errors.hasErrors() && !usable) {
            errors.rejectValue("to", "order", "The end of the period must be on or after its start");
        }
        CostSummary summary = usable
                ? costs.summary(me.staff(), Optional.ofNullable(period.getFrom()), Optional.ofNullable(period.getTo()))
                : costs.summary(me.staff(), Optional.empty(), Optional.empty());
        if (usable) {
            period.setFrom(summary.from());
            period.setTo(summary.to());
        }
        model.addAttribute("summary", summary);
        return "costs/costs";
    }

    @GetMapping("/programme/costs/new")
    String newCost(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("form", costs.blankForm(me.staff()));
        return form(model, null);
    }

    @PostMapping("/programme/costs")
    String add(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") CostForm form,
               BindingResult errors, Model model) {
        if (FormSubmission.save(errors, () -> costs.add(me.staff(), form))) {
            return "redirect:/programme/costs";
        }
        return form(model, null);
    }

    @GetMapping("/programme/costs/{id}/edit")
    String edit(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("form", CostForm.of(costs.find(me.staff(), id)));
        return form(model, id);
    }

    @PostMapping("/programme/costs/{id}")
    String update(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                  @Valid @ModelAttribute("form") CostForm form, BindingResult errors, Model model) {
        if (FormSubmission.save(errors, SOMEONE_ELSE_CHANGED_IT, () -> costs.update(me.staff(), id, form))) {
            return "redirect:/programme/costs";
        }
        return form(model, id);
    }

    private static String form(Model model, Long id) {
        Map<String, String> components = new LinkedHashMap<>();
        Arrays.stream(CostComponent.values()).forEach(c -> components.put(c.name(), c.label()));
        model.addAttribute("components", components);
        model.addAttribute("costId", id);
        return "costs/form";
    }
}
