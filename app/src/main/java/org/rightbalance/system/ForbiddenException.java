package org.rightbalance.system;

/** A programme-wide action that the person's role does not allow (HTTP 403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String what) {
        super("not allowed: " + what);
    }
}
