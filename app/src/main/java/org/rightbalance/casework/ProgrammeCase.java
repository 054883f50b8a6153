package org.rightbalance.casework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A child's time on the programme, from the referral into it to closure.
 *
 * @param version increases with every change; a change made from an older version is refused
 */
public record ProgrammeCase(long id, long childId, long teamId, Stage stage, LocalDate openedOn,
                            Optional<LocalDate> closedOn, int version) {

    public ProgrammeCase {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(closedOn, "closedOn");
    }

    public boolean isOpen() {
        return closedOn.isEmpty();
    }
}
