package org.rightbalance.evaluation.ssd;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A period looked after by the council ({@code ssd_cla_episodes}); {@code ceased} is {@code null} while in care. */
public record CareEpisode(String episodeId, String personId, LocalDate start, LocalDate ceased) {

    public CareEpisode {
        Objects.requireNonNull(episodeId, "episodeId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(start, "start");
    }

    public Optional<LocalDate> ended() {
        return Optional.ofNullable(ceased);
    }
}
