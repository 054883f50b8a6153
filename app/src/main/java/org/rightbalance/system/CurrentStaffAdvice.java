package org.rightbalance.system;

import org.rightbalance.access.AccessPolicy;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in person and their programme-wide permissions in every page's model, for the header. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class CurrentStaffAdvice {

    @ModelAttribute("me")
    StaffPrincipal me(@AuthenticationPrincipal StaffPrincipal me) {
        return me;
    }

    @ModelAttribute("nav")
    Navigation navigation(@AuthenticationPrincipal StaffPrincipal me) {
        return navigationFor(me);
    }

    /** The header's links for a signed-in person (none when nobody is signed in). */
    static Navigation navigationFor(StaffPrincipal me) {
        if (me == null) {
            return new Navigation(false, false, false, false);
        }
        var role = me.staff().role();
        return new Navigation(AccessPolicy.mayProposeChildren(role), AccessPolicy.maySeeProgramme(role),
                AccessPolicy.mayRunEvaluation(role), AccessPolicy.mayAdminister(role));
    }

    /** Which top-level links the header shows; the services check again on every request. */
    record Navigation(boolean propose, boolean programme, boolean evaluation, boolean admin) {
    }
}
