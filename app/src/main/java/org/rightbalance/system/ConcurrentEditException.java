package org.rightbalance.system;

/**
 * Someone else saved the record after this person opened it. Raised instead of overwriting their
 * change (optimistic locking on the record's version); pages show it as a form error, the API as 409.
 */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else after you opened it");
    }
}
