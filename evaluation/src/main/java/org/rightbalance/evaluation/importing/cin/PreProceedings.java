package org.rightbalance.evaluation.importing.cin;

import java.time.LocalDate;
import java.util.Objects;

/** A period of pre-proceedings (PLO) within a CIN episode (2025/26 census); {@code end} null while open. */
public record PreProceedings(String referralId, String personId, LocalDate start, LocalDate end) {

    public PreProceedings {
        Objects.requireNonNull(referralId, "referralId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(start, "start");
    }
}
