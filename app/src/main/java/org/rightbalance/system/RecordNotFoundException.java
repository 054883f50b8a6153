package org.rightbalance.system;

/**
 * A record that does not exist, or that the person asking has no need to know about: the two look
 * the same from outside (HTTP 404), so identifiers cannot be probed.
 */
public class RecordNotFoundException extends RuntimeException {
    public RecordNotFoundException(String what) {
        super(what + " not found");
    }
}
