package org.rightbalance.system;

/**
 * A request that breaks a rule of the domain (not of a form field's format), e.g. a review before
 * the conference; the message is written for the person who made it (HTTP 400 / form error).
 */
public class InvalidRequestException extends RuntimeException {
    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the rule is about, or null if it is about the whole request. */
    public String field() {
        return field;
    }
}
