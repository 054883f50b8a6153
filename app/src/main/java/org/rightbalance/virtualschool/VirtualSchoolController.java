package org.rightbalance.virtualschool;

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

/** The Virtual School page of a case, its attendance and attainment forms, and the cohort tables. */
@Controller
class VirtualSchoolController {

    private static final UnaryOperator<String> CHECK_THE_RECORD = what -> what
            + ". Your entry is kept below: check the record as it is now and save again if yours is still right.";

    private final VirtualSchoolService virtualSchool;
    private final VirtualSchoolCohortTables tables;

    VirtualSchoolController(VirtualSchoolService virtualSchool, VirtualSchoolCohortTables tables) {
        this.virtualSchool = virtualSchool;
        this.tables = tables;
    }

    @GetMapping("/cases/{caseId}/virtual-school")
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("record", virtualSchool.record(me.staff(), caseId));
        return "virtualschool/virtual-school";
    }

    @GetMapping("/cases/{caseId}/virtual-school/attendance/new")
    String newAttendance(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("form", new AttendanceForm());
        return attendancePage(me, caseId, null, model);
    }

    @PostMapping("/cases/{caseId}/virtual-school/attendance")
    String addAttendance(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                         @Valid @ModelAttribute("form") AttendanceForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, () -> virtualSchool.addAttendance(me.staff(), caseId, form))) {
            return "redirect:/cases/" + caseId + "/virtual-school";
        }
        return attendancePage(me, caseId, null, model);
    }

    @GetMapping("/cases/{caseId}/virtual-school/attendance/{attendanceId}")
    String editAttendance(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                          @PathVariable long attendanceId, Model model) {
        model.addAttribute("form", AttendanceForm.of(virtualSchool.attendance(me.staff(), caseId, attendanceId)));
        return attendancePage(me, caseId, attendanceId, model);
    }

    @PostMapping("/cases/{caseId}/virtual-school/attendance/{attendanceId}")
    String updateAttendance(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                            @PathVariable long attendanceId, @Valid @ModelAttribute("form") AttendanceForm form,
                            BindingResult result, Model model) {
        if (FormSubmission.save(result, CHECK_THE_RECORD,
                () -> virtualSchool.updateAttendance(me.staff(), caseId, attendanceId, form))) {
            return "redirect:/cases/" + caseId + "/virtual-school";
        }
        if (FormSubmission.hasConflict(result)) {
            form.setVersion(virtualSchool.attendance(me.staff(), caseId, attendanceId).version());
        }
        return attendancePage(me, caseId, attendanceId, model);
    }

    @GetMapping("/cases/{caseId}/virtual-school/attainment/new")
    String newAttainment(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("form", new AttainmentForm());
        return attainmentPage(me, caseId, model);
    }

    @PostMapping("/cases/{caseId}/virtual-school/attainment")
    String addAttainment(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                         @Valid @ModelAttribute("form") AttainmentForm form, BindingResult result, Model model) {
        if (FormSubmission.save(result, () -> virtualSchool.addAttainment(me.staff(), caseId, form))) {
            return "redirect:/cases/" + caseId + "/virtual-school";
        }
        return attainmentPage(me, caseId, model);
    }

    @GetMapping("/virtual-school/tables")
    String tables(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") CohortForm form,
                  BindingResult result, Model model) {
        if (!FormSubmission.save(result,
                () -> model.addAttribute("tables", tables.tables(me.staff(), new Cohort(form.getFrom(), form.getTo()))))) {
            // Still check the role, so a refused reader never sees the form either.
            tables.tables(me.staff(), Cohort.all());
        }
        return "virtualschool/tables";
    }

    private String attendancePage(StaffPrincipal me, long caseId, Long attendanceId, Model model) {
        model.addAttribute("record", virtualSchool.record(me.staff(), caseId));
        model.addAttribute("attendanceId", attendanceId);
        Map<String, String> terms = new LinkedHashMap<>();
        for (Term t : Term.values()) {
            terms.put(t.name(), t.label());
        }
        model.addAttribute("terms", terms);
        return "virtualschool/attendance";
    }

    private String attainmentPage(StaffPrincipal me, long caseId, Model model) {
        model.addAttribute("record", virtualSchool.record(me.staff(), caseId));
        Map<String, String> levels = new LinkedHashMap<>();
        for (Attainment a : Attainment.values()) {
            levels.put(a.name(), a.label());
        }
        model.addAttribute("levels", levels);
        return "virtualschool/attainment";
    }
}
