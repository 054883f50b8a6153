package org.rightbalance.system;

import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;

import java.util.function.UnaryOperator;

/**
 * Saves what a page's form asks for and turns the domain's refusals into errors on that form.
 *
 * <p>This is the one place that decides how a service's domain errors reach the GOV.UK error summary,
 * so that every page shows them alike: a broken rule ({@link InvalidRequestException}) becomes an error
 * on the field it names, or on the whole form when it names no field of this form; an edit that lost to
 * someone else's ({@link ConcurrentEditException}) becomes the form's {@value #CONFLICT} error. Either way
 * the controller re-renders the form with what the person typed. (The API answers the same exceptions
 * with 400 and 409 through {@code ErrorHandling}.)
 */
public final class FormSubmission {

    /** The code of the form error for a concurrent edit, which {@link #hasConflict} looks for. */
    public static final String CONFLICT = "conflict";

    private FormSubmission() {
    }

    /**
     * Runs {@code change} if the form has no errors yet.
     *
     * @return whether it was saved; if not, {@code result} says why
     */
    public static boolean save(BindingResult result, Runnable change) {
        return save(result, FormSubmission::keptBelow, change);
    }

    /**
     * As {@link #save(BindingResult, Runnable)}, for a form whose page words a concurrent edit its own way.
     *
     * @param conflictMessage turns the exception's message ("The referral was changed by someone else
     *                        after you opened it") into the text of the form error
     */
    public static boolean save(BindingResult result, UnaryOperator<String> conflictMessage, Runnable change) {
        if (result.hasErrors()) {
            return false;
        }
        try {
            change.run();
            return true;
        } catch (InvalidRequestException e) {
            if (isField(result, e.field())) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            } else {
                result.reject("invalid", e.getMessage());
            }
        } catch (ConcurrentEditException e) {
            result.reject(CONFLICT, conflictMessage.apply(e.getMessage()));
        }
        return false;
    }

    /** Whether the form was refused because someone else changed the record (so its version may be refreshed). */
    public static boolean hasConflict(BindingResult result) {
        return result.getGlobalErrors().stream().anyMatch(error -> CONFLICT.equals(error.getCode()));
    }

    private static String keptBelow(String whatChanged) {
        return whatChanged + ". Check what is recorded now; what you entered is kept below.";
    }

    /** Whether the form has the field, so the error can stand by it; a name it lacks goes to the whole form. */
    private static boolean isField(BindingResult result, String field) {
        if (field == null) {
            return false;
        }
        return !(result instanceof AbstractPropertyBindingResult bean) || bean.getPropertyAccessor().isReadableProperty(field);
    }
}
