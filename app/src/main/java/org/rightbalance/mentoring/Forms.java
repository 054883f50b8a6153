package org.rightbalance.mentoring;

import org.rightbalance.system.InvalidRequestException;
import org.springframework.validation.BindingResult;

/** Shows a rule of the domain that a request broke as an error on the form. */
final class Forms {

    private Forms() {
    }

    static void reject(BindingResult result, InvalidRequestException e) {
        if (e.field() != null && result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), e.field()) != null) {
            result.rejectValue(e.field(), "invalid", e.getMessage());
        } else {
            result.reject("invalid", e.getMessage());
        }
    }
}
