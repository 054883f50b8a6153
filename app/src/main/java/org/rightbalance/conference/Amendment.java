package org.rightbalance.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A professional's change to the family's agreed plan, with its reason, who made it and when. It is
 * shown on the plan the family sees, so that no change is silent (report, chapter 3).
 *
 * @param change what was changed, e.g. "Changed the goal's wording" or "Added an action"
 * @param before the text before the change, or null when something was added
 */
public record Amendment(long id, long goalId, String change, String before, String after, String reason,
                        long amendedById, String amendedBy, Instant amendedAt) {
    public Amendment {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amendedAt, "amendedAt");
    }

    /** The day of the amendment, in the council's time zone. */
    public LocalDate amendedOn() {
        return LocalDate.ofInstant(amendedAt, ZoneId.of("Europe/London"));
    }
}
