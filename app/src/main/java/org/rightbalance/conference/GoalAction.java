package org.rightbalance.conference;

import org.rightbalance.system.InvalidRequestException;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Who will do what by when, towards one goal of the family plan. */
public record GoalAction(long id, long goalId, String who, String what, LocalDate byWhen) {

    public GoalAction {
        if (who == null || who.isBlank()) {
            throw new InvalidRequestException("who", "Enter who will do it");
        }
        if (what == null || what.isBlank()) {
            throw new InvalidRequestException("what", "Enter what they will do");
        }
        who = who.strip();
        what = what.strip();
    }

    /** "Mum will phone the school every Monday by 1 March 2026". */
    public String describe() {
        return who + " will " + what + (byWhen == null ? "" : " by " + byWhen.format(DateTimeFormatter.ofPattern("d MMMM yyyy")));
    }
}
