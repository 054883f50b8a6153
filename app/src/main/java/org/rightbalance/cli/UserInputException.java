package org.rightbalance.cli;

/** A problem with what the user asked for, reported as one line without a stack trace. */
public class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
