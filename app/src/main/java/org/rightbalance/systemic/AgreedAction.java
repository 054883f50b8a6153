package org.rightbalance.systemic;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An action agreed at the discussion, with its owner and due date, and when it was done. */
public record AgreedAction(long id, long discussionId, String description, String owner, LocalDate dueOn,
                           Optional<LocalDate> completedOn, int version) {
    public AgreedAction {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(completedOn, "completedOn");
    }

    public boolean isDone() {
        return completedOn.isPresent();
    }
}
