package org.rightbalance.socialcare;

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

/** The "Plans and events" page and its add and end forms. */
@Controller
class SocialCareController {

    private final SocialCareService events;

    SocialCareController(SocialCareService events) {
        this.events = events;
    }

    @GetMapping("/cases/{caseId}/events")
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("view", events.view(me.staff(), caseId));
        return "socialcare/events";
    }

    @GetMapping("/cases/{caseId}/events/{kind}/new")
    String addForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable String kind,
                   Model model) {
        model.addAttribute("form", new EventForm());
        return addPage(me, caseId, EventKind.fromPath(kind), model);
    }

    @PostMapping("/cases/{caseId}/events/{kind}")
    String add(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable String kind,
               @Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model) {
        EventKind k = EventKind.fromPath(kind);
        if (FormSubmission.save(result, () -> events.add(me.staff(), caseId, k, form))) {
            return "redirect:/cases/" + caseId + "/events";
        }
        return addPage(me, caseId, k, model);
    }

    private String addPage(StaffPrincipal me, long caseId, EventKind kind, Model model) {
        model.addAttribute("view", events.view(me.staff(), caseId));
        model.addAttribute("kind", kind);
        return "socialcare/event-add";
    }

    @GetMapping("/cases/{caseId}/events/{kind}/{eventId}/end")
    String endForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable String kind,
                   @PathVariable long eventId, Model model) {
        SocialCareEvent event = events.event(me.staff(), caseId, EventKind.fromPath(kind), eventId);
        EndEventForm form = new EndEventForm();
        form.setVersion(event.version());
        model.addAttribute("form", form);
        return endPage(me, caseId, event, model);
    }

    @PostMapping("/cases/{caseId}/events/{kind}/{eventId}/end")
    String end(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable String kind,
               @PathVariable long eventId, @Valid @ModelAttribute("form") EndEventForm form, BindingResult result,
               Model model) {
        EventKind k = EventKind.fromPath(kind);
        if (FormSubmission.save(result, () -> events.end(me.staff(), caseId, k, eventId, form))) {
            return "redirect:/cases/" + caseId + "/events";
        }
        SocialCareEvent event = events.event(me.staff(), caseId, k, eventId);
        form.setVersion(event.version());
        return endPage(me, caseId, event, model);
    }

    private String endPage(StaffPrincipal me, long caseId, SocialCareEvent event, Model model) {
        model.addAttribute("view", events.view(me.staff(), caseId));
        model.addAttribute("event", event);
        return "socialcare/event-end";
    }
}
