package org.rightbalance.conference;

import org.rightbalance.system.InvalidRequestException;

import java.time.LocalDate;

/**
 * What is recorded about the conference itself: when and where, private family time, and when the
 * plan is first reviewed. Checks its own rules; field names are the form's.
 */
public record ConferenceDetails(LocalDate heldOn, String venue, Boolean privateTimeHeld, Integer privateTimeMinutes,
                                LocalDate nextReviewDue) {

    public ConferenceDetails {
        if (heldOn == null) {
            throw new InvalidRequestException("heldOn", "Enter the date of the conference");
        }
        if (venue == null || venue.isBlank()) {
            throw new InvalidRequestException("venue", "Enter where the conference is held");
        }
        venue = venue.strip();
        if (Boolean.TRUE.equals(privateTimeHeld)) {
            if (privateTimeMinutes == null || privateTimeMinutes < 1 || privateTimeMinutes > 480) {
                throw new InvalidRequestException("privateTimeMinutes",
                        "Enter how long the private family time lasted, in minutes, from 1 to 480");
            }
        } else if (privateTimeMinutes != null) {
            throw new InvalidRequestException("privateTimeMinutes",
                    "Leave the length of private family time empty when it was not held");
        }
        if (nextReviewDue != null && !nextReviewDue.isAfter(heldOn)) {
            throw new InvalidRequestException("nextReviewDue", "The first review must be after the conference");
        }
    }
}
