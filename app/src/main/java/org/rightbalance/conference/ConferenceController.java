package org.rightbalance.conference;

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
import java.util.function.UnaryOperator;

/** The family group conference pages: the conference and plan, its forms, and the family's view of the plan. */
@Controller
@RequestMapping("/cases/{caseId}/conference")
class ConferenceController {

    /** Conference forms keep the version they were opened at, so after a conflict the record must be opened again. */
    private static final UnaryOperator<String> REOPEN = what -> what + ". Nothing you entered has been saved: "
            + "your entries are below. Open the record again to see the change, then make yours.";

    private final ConferenceService conferences;
    private final CaseAccess access;

    ConferenceController(ConferenceService conferences, CaseAccess access) {
        this.conferences = conferences;
        this.access = access;
    }

    @GetMapping
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        show(me.staff(), conferences.page(me.staff(), caseId), model);
        return "conference/conference";
    }

    @GetMapping("/plan")
    String familyView(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("page", conferences.familyView(me.staff(), caseId));
        return "conference/plan";
    }

    // The conference itself

    @GetMapping("/details")
    String detailsForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        ConferencePage page = changeable(me.staff(), caseId);
        ConferenceForm form = new ConferenceForm();
        FamilyGroupConference c = page.conference();
        if (c != null) {
            form.setHeldOn(c.heldOn());
            form.setVenue(c.venue());
            form.setPrivateTimeHeld(c.privateTimeHeld());
            form.setPrivateTimeMinutes(c.privateTimeMinutes());
            form.setNextReviewDue(c.nextReviewDue().orElse(null));
            form.setVersion(c.version());
        }
        model.addAttribute("form", form);
        return details(me.staff(), page, model);
    }

    @PostMapping("/details")
    String saveDetails(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                       @Valid @ModelAttribute("form") ConferenceForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, REOPEN, () -> conferences.record(me.staff(), caseId,
                new ConferenceDetails(form.getHeldOn(), form.getVenue(), form.getPrivateTimeHeld(),
                form.getPrivateTimeMinutes(), form.getNextReviewDue()), form.getVersion()))) {
            return redirect(caseId);
        }
        return details(me.staff(), conferences.page(me.staff(), caseId), model);
    }

    private String details(StaffMember actor, ConferencePage page, Model model) {
        show(actor, page, model);
        model.addAttribute("yesNo", yesNo("Yes, it was held", "No, it was not held"));
        return "conference/details";
    }

    // Invitees

    @GetMapping("/invitees/new")
    String inviteeForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("form", new InviteeForm());
        return invitee(me.staff(), changeable(me.staff(), caseId), model);
    }

    @PostMapping("/invitees")
    String addInvitee(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                      @Valid @ModelAttribute("form") InviteeForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, REOPEN, () -> conferences.invite(me.staff(), caseId,
                form.getNetworkMemberId(), form.getName(), form.getRelationship(), form.getAttended()))) {
            return redirect(caseId);
        }
        return invitee(me.staff(), conferences.page(me.staff(), caseId), model);
    }

    @PostMapping("/invitees/{inviteeId}/attendance")
    String attendance(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long inviteeId,
                      @RequestParam(required = false) Boolean attended, @RequestParam int version, Model model) {
        try {
            conferences.recordAttendance(me.staff(), caseId, inviteeId, attended, version);
            return redirect(caseId);
        } catch (ConcurrentEditException e) {
            model.addAttribute("problem", e.getMessage() + ". Nothing was saved: check the list below and try again.");
        } catch (InvalidRequestException e) {
            model.addAttribute("problem", e.getMessage());
        }
        show(me.staff(), conferences.page(me.staff(), caseId), model);
        return "conference/conference";
    }

    private String invitee(StaffMember actor, ConferencePage page, Model model) {
        show(actor, page, model);
        Map<String, String> members = new LinkedHashMap<>();
        page.familyNetwork().forEach(m -> members.put(String.valueOf(m.id()), m.name() + " (" + m.relationship() + ")"));
        model.addAttribute("members", members);
        model.addAttribute("yesNo", yesNo("Yes, they came", "No, they did not come"));
        model.addAttribute("attendanceHint", true);
        return "conference/invitee";
    }

    // Goals and actions

    @GetMapping("/goals/new")
    String goalForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("form", new GoalForm());
        show(me.staff(), changeable(me.staff(), caseId), model);
        return "conference/goal";
    }

    @PostMapping("/goals")
    String addGoal(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                   @Valid @ModelAttribute("form") GoalForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, REOPEN, () -> conferences.addGoal(me.staff(), caseId, form.getWording(),
                form.getScore(), form.getReason()))) {
            return redirect(caseId);
        }
        show(me.staff(), conferences.page(me.staff(), caseId), model);
        return "conference/goal";
    }

    @GetMapping("/goals/{goalId}/actions/new")
    String actionForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long goalId,
                      Model model) {
        ConferencePage page = changeable(me.staff(), caseId);
        Goal goal = conferences.goal(me.staff(), caseId, goalId);
        ActionForm form = new ActionForm();
        form.setVersion(goal.version());
        model.addAttribute("form", form);
        model.addAttribute("goal", goal);
        show(me.staff(), page, model);
        return "conference/action";
    }

    @PostMapping("/goals/{goalId}/actions")
    String addAction(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long goalId,
                     @Valid @ModelAttribute("form") ActionForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, REOPEN, () -> conferences.addAction(me.staff(), caseId, goalId,
                new GoalAction(0, goalId, form.getWho(), form.getWhat(), form.getByWhen()), form.getReason(),
                form.getVersion()))) {
            return redirect(caseId);
        }
        model.addAttribute("goal", conferences.goal(me.staff(), caseId, goalId));
        show(me.staff(), conferences.page(me.staff(), caseId), model);
        return "conference/action";
    }

    @GetMapping("/goals/{goalId}/actions/{actionId}/amend")
    String amendActionForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long goalId,
                           @PathVariable long actionId, Model model) {
        ConferencePage page = changeable(me.staff(), caseId);
        Goal goal = conferences.goal(me.staff(), caseId, goalId);
        GoalAction action = goal.action(actionId).orElseThrow(() -> new RecordNotFoundException("action " + actionId));
        ActionForm form = new ActionForm();
        form.setWho(action.who());
        form.setWhat(action.what());
        form.setByWhen(action.byWhen());
        form.setVersion(goal.version());
        model.addAttribute("form", form);
        model.addAttribute("goal", goal);
        model.addAttribute("action", action);
        show(me.staff(), page, model);
        return "conference/action-amend";
    }

    @PostMapping("/goals/{goalId}/actions/{actionId}/amend")
    String amendAction(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long goalId,
                       @PathVariable long actionId, @Valid @ModelAttribute("form") ActionForm form, BindingResult result,
                       Model model) {
        if (FormSubmission.save(result, REOPEN, () -> conferences.amendAction(me.staff(), caseId, goalId, actionId,
                new GoalAction(actionId, goalId, form.getWho(), form.getWhat(), form.getByWhen()), form.getReason(),
                form.getVersion()))) {
            return redirect(caseId);
        }
        Goal goal = conferences.goal(me.staff(), caseId, goalId);
        model.addAttribute("goal", goal);
        model.addAttribute("action", goal.action(actionId).orElseThrow(() -> new RecordNotFoundException("action " + actionId)));
        show(me.staff(), conferences.page(me.staff(), caseId), model);
        return "conference/action-amend";
    }

    @GetMapping("/goals/{goalId}/amend")
    String amendForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long goalId,
                     Model model) {
        ConferencePage page = changeable(me.staff(), caseId);
        Goal goal = conferences.goal(me.staff(), caseId, goalId);
        AmendGoalForm form = new AmendGoalForm();
        form.setWording(goal.wording());
        form.setVersion(goal.version());
        model.addAttribute("form", form);
        model.addAttribute("goal", goal);
        show(me.staff(), page, model);
        return "conference/amend";
    }

    @PostMapping("/goals/{goalId}/amend")
    String amend(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, @PathVariable long goalId,
                 @Valid @ModelAttribute("form") AmendGoalForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, REOPEN, () -> conferences.amendGoal(me.staff(), caseId, goalId,
                form.getWording(), form.getReason(), form.getVersion()))) {
            return redirect(caseId);
        }
        model.addAttribute("goal", conferences.goal(me.staff(), caseId, goalId));
        show(me.staff(), conferences.page(me.staff(), caseId), model);
        return "conference/amend";
    }

    // Agreeing and reviewing the plan

    @GetMapping("/agree")
    String agreeForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        ConferencePage page = changeable(me.staff(), caseId);
        AgreePlanForm form = new AgreePlanForm();
        if (page.conference() != null) {
            form.setAgreedOn(page.conference().heldOn());
            form.setVersion(page.conference().version());
        }
        model.addAttribute("form", form);
        show(me.staff(), page, model);
        return "conference/agree";
    }

    @PostMapping("/agree")
    String agree(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                 @Valid @ModelAttribute("form") AgreePlanForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, REOPEN, () -> conferences.agreePlan(me.staff(), caseId, form.getAgreedOn(),
                form.getVersion()))) {
            return redirect(caseId);
        }
        show(me.staff(), conferences.page(me.staff(), caseId), model);
        return "conference/agree";
    }

    @GetMapping("/reviews/new")
    String reviewForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        ConferencePage page = changeable(me.staff(), caseId);
        ReviewForm form = new ReviewForm();
        if (page.conference() != null) {
            form.setHeldOn(page.today());
            form.setVersion(page.conference().version());
        }
        model.addAttribute("form", form);
        show(me.staff(), page, model);
        return "conference/review";
    }

    @PostMapping("/reviews")
    String review(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                  @Valid @ModelAttribute("form") ReviewForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, REOPEN, () -> conferences.review(me.staff(), caseId, form.getHeldOn(),
                form.getScores(), form.getNextReviewDue(), form.getVersion()))) {
            return redirect(caseId);
        }
        show(me.staff(), conferences.page(me.staff(), caseId), model);
        return "conference/review";
    }

    /** The page for a form: only for those who may change the conference (the service checks again on saving). */
    private ConferencePage changeable(StaffMember actor, long caseId) {
        ConferencePage page = conferences.page(actor, caseId);
        if (!page.mayChange()) {
            throw new RecordNotFoundException("conference form for case " + caseId);
        }
        return page;
    }

    private void show(StaffMember actor, ConferencePage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("sections", access.viewableSections(actor, page.caseId()));
        model.addAttribute("section", Section.CONFERENCE.name());
    }

    static Map<String, String> yesNo(String yes, String no) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("true", yes);
        options.put("false", no);
        return options;
    }

    private static String redirect(long caseId) {
        return "redirect:/cases/" + caseId + "/conference";
    }
}
