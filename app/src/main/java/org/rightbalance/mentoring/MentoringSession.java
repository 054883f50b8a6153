package org.rightbalance.mentoring;

import org.rightbalance.system.InvalidRequestException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A mentoring session: planned for a date, time and place or activity, then recorded as held (with
 * a short note of what was done) or missed (by whom, and why).
 *
 * @param note     what was done, for a held session; null otherwise
 * @param missedBy who missed it, for a missed session; null otherwise
 * @param reason   why it was missed, for a missed session; null otherwise
 * @param version  increases with every change; a change made from an older version is refused
 */
public record MentoringSession(long id, long caseId, long mentorId, String mentorName, LocalDate date,
                               LocalTime startTime, int durationMinutes, String place, SessionStatus status,
                               String note, MissedBy missedBy, String reason, int version) {

    public static final int MAX_NOTE = 1000;
    public static final int MAX_REASON = 500;

    public MentoringSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(status, "status");
        if (durationMinutes <= 0 || durationMinutes > 480) {
            throw new IllegalArgumentException("duration must be between 1 and 480 minutes");
        }
        if (place.isBlank()) {
            throw new IllegalArgumentException("place must not be blank");
        }
        switch (status) {
            case PLANNED -> {
                if (note != null || missedBy != null || reason != null) {
                    throw new IllegalArgumentException("a planned session has no outcome");
                }
            }
            case HELD -> {
                if (note == null || note.isBlank() || missedBy != null || reason != null) {
                    throw new IllegalArgumentException("a held session has a note and nothing about missing");
                }
            }
            case MISSED -> {
                if (missedBy == null || reason == null || reason.isBlank() || note != null) {
                    throw new IllegalArgumentException("a missed session says who missed it and why");
                }
            }
        }
    }

    /** The session as held, with a note of what was done. */
    public MentoringSession hold(String whatWasDone) {
        requirePlanned();
        if (whatWasDone == null || whatWasDone.isBlank()) {
            throw new InvalidRequestException("note", "Enter a short note of what you did in the session");
        }
        if (whatWasDone.length() > MAX_NOTE) {
            throw new InvalidRequestException("note", "The note must be " + MAX_NOTE + " characters or fewer");
        }
        return new MentoringSession(id, caseId, mentorId, mentorName, date, startTime, durationMinutes, place,
                SessionStatus.HELD, whatWasDone.strip(), null, null, version);
    }

    /** The session as missed: who missed it and why. */
    public MentoringSession miss(MissedBy by, String why) {
        requirePlanned();
        if (by == null) {
            throw new InvalidRequestException("missedBy", "Select who missed the session");
        }
        if (why == null || why.isBlank()) {
            throw new InvalidRequestException("reason", "Enter why the session was missed");
        }
        if (why.length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "The reason must be " + MAX_REASON + " characters or fewer");
        }
        return new MentoringSession(id, caseId, mentorId, mentorName, date, startTime, durationMinutes, place,
                SessionStatus.MISSED, null, by, why.strip(), version);
    }

    private void requirePlanned() {
        if (status != SessionStatus.PLANNED) {
            throw new InvalidRequestException("outcome", "This session is already recorded as " + status.label().toLowerCase());
        }
    }

    public boolean isPlanned() {
        return status == SessionStatus.PLANNED;
    }

    /** Hours of contact this session gave, if it was held. */
    public double hoursHeld() {
        return status == SessionStatus.HELD ? durationMinutes / 60.0 : 0;
    }
}
