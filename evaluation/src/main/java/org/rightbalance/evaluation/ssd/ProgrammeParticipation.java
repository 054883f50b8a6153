package org.rightbalance.evaluation.ssd;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A child's flag for a programme ({@code programme_participation.csv}, ours, not SSD).
 *
 * @param personId   the child
 * @param referralId the referral the programme was delivered under, or {@code null} when not recorded
 * @param programme  the programme's name, e.g. RBFF
 * @param start      when the child started
 * @param end        when the child finished; {@code null} while taking part
 */
public record ProgrammeParticipation(String personId, String referralId, String programme, LocalDate start,
                                     LocalDate end) {

    public ProgrammeParticipation {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(start, "start");
    }

    public Optional<String> keyReferralId() {
        return Optional.ofNullable(referralId);
    }
}
