package org.rightbalance.closure;

import org.rightbalance.system.InvalidRequestException;

import java.util.Objects;

/**
 * What the family is told at closure: named people to turn to afterwards, what happens to the
 * mentor relationship, and anything else agreed.
 */
public record ClosurePlan(String contacts, MentorArrangement mentorArrangement, String notes) {
    public ClosurePlan {
        if (contacts == null || contacts.isBlank()) {
            throw new InvalidRequestException("contacts", "Enter who the family can turn to after closure, with how to reach them");
        }
        Objects.requireNonNull(mentorArrangement, "mentorArrangement");
        contacts = contacts.trim();
        notes = notes == null || notes.isBlank() ? null : notes.trim();
    }
}
