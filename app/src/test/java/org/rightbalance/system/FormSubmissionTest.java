package org.rightbalance.system;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class FormSubmissionTest {

    /** A form as the pages bind them: a plain field and a map of values keyed by id. */
    public static class ExampleForm {
        private LocalDate heldOn;
        private Map<Long, Integer> scores = new LinkedHashMap<>();

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public Map<Long, Integer> getScores() {
            return scores;
        }

        public void setScores(Map<Long, Integer> scores) {
            this.scores = scores;
        }
    }

    private final BindingResult result = new DataBinder(new ExampleForm(), "form").getBindingResult();

    @Test
    void aFormWithoutErrorsIsSaved() {
        AtomicBoolean ran = new AtomicBoolean();

        assertThat(FormSubmission.save(result, () -> ran.set(true))).isTrue();

        assertThat(ran).isTrue();
        assertThat(result.hasErrors()).isFalse();
        assertThat(FormSubmission.hasConflict(result)).isFalse();
    }

    @Test
    void aFormThatAlreadyHasErrorsIsNotSaved() {
        result.rejectValue("heldOn", "typeMismatch", "Enter a real date");
        AtomicBoolean ran = new AtomicBoolean();

        assertThat(FormSubmission.save(result, () -> ran.set(true))).isFalse();

        assertThat(ran).isFalse();
        assertThat(result.getErrorCount()).isOne();
    }

    @Test
    void aBrokenRuleAboutAFieldIsAnErrorOnThatField() {
        assertThat(FormSubmission.save(result, () -> {
            throw new InvalidRequestException("heldOn", "The date cannot be in the future");
        })).isFalse();

        FieldError error = result.getFieldError("heldOn");
        assertThat(error).isNotNull();
        assertThat(error.getCode()).isEqualTo("invalid");
        assertThat(error.getDefaultMessage()).isEqualTo("The date cannot be in the future");
        assertThat(result.getGlobalErrorCount()).isZero();
        assertThat(FormSubmission.hasConflict(result)).isFalse();
    }

    @Test
    void aFieldInsideAMapOfTheFormIsAFieldToo() {
        FormSubmission.save(result, () -> {
            throw new InvalidRequestException("scores[12]", "Enter a score from 1 to 10 for goal 1");
        });

        assertThat(result.getFieldError("scores[12]")).isNotNull();
        assertThat(result.getGlobalErrorCount()).isZero();
    }

    @Test
    void aBrokenRuleAboutTheWholeRequestIsAnErrorOnTheForm() {
        assertThat(FormSubmission.save(result, () -> {
            throw new InvalidRequestException(null, "The case is closed");
        })).isFalse();

        assertThat(result.getFieldErrorCount()).isZero();
        ObjectError error = result.getGlobalError();
        assertThat(error).isNotNull();
        assertThat(error.getCode()).isEqualTo("invalid");
        assertThat(error.getDefaultMessage()).isEqualTo("The case is closed");
        assertThat(FormSubmission.hasConflict(result)).isFalse();
    }

    @Test
    void aBrokenRuleAboutAFieldThisFormLacksIsAnErrorOnTheFormRatherThanAFailure() {
        FormSubmission.save(result, () -> {
            throw new InvalidRequestException("date", "The family has not consented to mentoring");
        });

        assertThat(result.getFieldErrorCount()).isZero();
        assertThat(result.getGlobalError().getDefaultMessage()).isEqualTo("The family has not consented to mentoring");
    }

    @Test
    void someoneElsesEditIsTheFormsConflictError() {
        assertThat(FormSubmission.save(result, () -> {
            throw new ConcurrentEditException("The referral");
        })).isFalse();

        assertThat(FormSubmission.hasConflict(result)).isTrue();
        ObjectError error = result.getGlobalError();
        assertThat(error.getCode()).isEqualTo(FormSubmission.CONFLICT);
        assertThat(error.getDefaultMessage()).isEqualTo("The referral was changed by someone else after you opened it. "
                + "Check what is recorded now; what you entered is kept below.");
        assertThat(result.getFieldErrorCount()).isZero();
    }

    @Test
    void aPageMayWordTheConflictItsOwnWay() {
        FormSubmission.save(result, what -> what + ". Open the record again.", () -> {
            throw new ConcurrentEditException("The goal");
        });

        assertThat(FormSubmission.hasConflict(result)).isTrue();
        assertThat(result.getGlobalError().getDefaultMessage())
                .isEqualTo("The goal was changed by someone else after you opened it. Open the record again.");
    }
}
