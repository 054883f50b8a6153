package org.rightbalance.conference;

import java.time.LocalDate;
import java.util.Objects;

/** A review of the family plan, at which each goal is rescored. */
public record Review(long id, long conferenceId, LocalDate heldOn, String recordedBy) {
    public Review {
        Objects.requireNonNull(heldOn, "heldOn");
    }
}
