package org.rightbalance.mentoring;

import java.time.LocalDate;
import java.util.List;

/**
 * Mentors' caseloads, over the children the reader may see: mentors said they felt overworked
 * (report, chapter 3), so managers can see who carries how much.
 *
 * @param windowStart the first day of the last four weeks counted
 */
public record Caseload(LocalDate today, LocalDate windowStart, List<MentorLoad> mentors) {

    /**
     * One mentor's load.
     *
     * @param planned sessions dated in the last four weeks, whatever their outcome
     * @param hours   hours of sessions held in the last four weeks
     */
    public record MentorLoad(long mentorId, String mentorName, int openCases, int planned, int held, int missed,
                             double hours, int upcoming, List<MentoredChild> children) {
    }

    /** A child a mentor works with, as the caseload shows them. */
    public record MentoredChild(long caseId, String childName, boolean caseOpen, LocalDate lastHeld,
                                LocalDate nextPlanned, int missedInWindow) {
    }
}
