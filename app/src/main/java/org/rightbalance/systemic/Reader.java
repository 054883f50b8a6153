package org.rightbalance.systemic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** Someone assigned to the case, and whether (and when) they have opened a discussion's outcome. */
public record Reader(long staffId, String name, String responsibility, Optional<Instant> readAt) {
    public boolean hasRead() {
        return readAt.isPresent();
    }

    /** The day it was first opened, in the council's time zone, or null if not yet. */
    public LocalDate readOn() {
        return readAt.map(t -> LocalDate.ofInstant(t, ZoneId.of("Europe/London"))).orElse(null);
    }
}
