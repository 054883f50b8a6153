package org.rightbalance.admin;

import jakarta.validation.groups.Default;
import org.rightbalance.security.StaffPrincipal;
import org.rightbalance.staff.Role;
import org.rightbalance.system.ConcurrentEditException;
import org.rightbalance.system.InvalidRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The administrator's staff pages: list, add, change, set a password, disable or enable. */
@Controller
class StaffAdminController {

    private final StaffAdminService staff;

    StaffAdminController(StaffAdminService staff) {
        this.staff = staff;
    }

    @GetMapping("/admin/staff")
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("accounts", staff.list(me.staff()));
        return "admin/staff-list";
    }

    @GetMapping("/admin/staff/new")
    String newForm(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        StaffForm form = new StaffForm();
        return showNew(me, form, model);
    }

    @PostMapping("/admin/staff/new")
    String add(@AuthenticationPrincipal StaffPrincipal me, @Validated({Default.class, StaffForm.Adding.class}) @ModelAttribute("form") StaffForm form,
               BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = staff.add(me.staff(), form);
                redirect.addFlashAttribute("done", "Staff member added");
                return "redirect:/admin/staff/" + id;
            } catch (InvalidRequestException e) {
                reject(errors, e);
            }
        }
        form.setPassword(null);
        return showNew(me, form, model);
    }

    @GetMapping("/admin/staff/{id}")
    String account(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        StaffAccount account = staff.get(me.staff(), id);
        StaffForm form = new StaffForm();
        form.setDisplayName(account.displayName());
        form.setRole(account.role());
        form.setTeamId(account.teamId().orElse(null));
        form.setEmail(account.email().orElse(null));
        form.setVersion(account.version());
        return showAccount(me, account, form, model);
    }

    @PostMapping("/admin/staff/{id}")
    String update(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                  @Validated @ModelAttribute("form") StaffForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                staff.update(me.staff(), id, form);
                redirect.addFlashAttribute("done", "Staff member's details saved");
                return "redirect:/admin/staff/" + id;
            } catch (InvalidRequestException e) {
                reject(errors, e);
            } catch (ConcurrentEditException e) {
                errors.reject("concurrent", e.getMessage() + ". Reload the page to see their change.");
            }
        }
        return showAccount(me, staff.get(me.staff(), id), form, model);
    }

    @GetMapping("/admin/staff/{id}/password")
    String passwordForm(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, Model model) {
        StaffAccount account = staff.get(me.staff(), id);
        PasswordForm form = new PasswordForm();
        form.setVersion(account.version());
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("minLength", StaffAdminService.MIN_PASSWORD_LENGTH);
        return "admin/staff-password";
    }

    @PostMapping("/admin/staff/{id}/password")
    String setPassword(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                       @Validated @ModelAttribute("form") PasswordForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                staff.setPassword(me.staff(), id, form);
                redirect.addFlashAttribute("done", "New password set. Tell the person through a separate, secure channel.");
                return "redirect:/admin/staff/" + id;
            } catch (InvalidRequestException e) {
                reject(errors, e);
            } catch (ConcurrentEditException e) {
                errors.reject("concurrent", e.getMessage() + ". Reload the page and try again.");
            }
        }
        form.setPassword(null);
        model.addAttribute("account", staff.get(me.staff(), id));
        model.addAttribute("minLength", StaffAdminService.MIN_PASSWORD_LENGTH);
        return "admin/staff-password";
    }

    @PostMapping("/admin/staff/{id}/enabled")
    String setEnabled(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id,
                      @RequestParam boolean enabled, @RequestParam int version, RedirectAttributes redirect) {
        staff.setEnabled(me.staff(), id, enabled, version);
        redirect.addFlashAttribute("done", enabled ? "Account enabled" : "Account disabled: the person can no longer sign in");
        return "redirect:/admin/staff/" + id;
    }

    private String showNew(StaffPrincipal me, StaffForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("roles", roles());
        model.addAttribute("teams", staff.teams(me.staff()));
        model.addAttribute("minLength", StaffAdminService.MIN_PASSWORD_LENGTH);
        return "admin/staff-new";
    }

    private String showAccount(StaffPrincipal me, StaffAccount account, StaffForm form, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("roles", roles());
        model.addAttribute("teams", staff.teams(me.staff()));
        return "admin/staff-account";
    }

    static Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        Arrays.stream(Role.values()).forEach(r -> roles.put(r.name(), r.label()));
        return roles;
    }

    static void reject(BindingResult errors, InvalidRequestException e) {
        if (e.field() == null) {
            errors.reject("invalid", e.getMessage());
        } else {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
        }
    }
}
