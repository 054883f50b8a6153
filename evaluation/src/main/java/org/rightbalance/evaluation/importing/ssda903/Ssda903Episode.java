package org.rightbalance.evaluation.importing.ssda903;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the SSDA903 {@code Episodes} table: a stretch of care with one legal status and placement.
 *
 * @param child             the council's child identifier (CHILD)
 * @param commenced         DECOM
 * @param reasonNewEpisode  RNE: S, P, L, T, U, B or C
 * @param legalStatus       LS, or ""
 * @param categoryOfNeed    CIN (N1–N8), or ""
 * @param placement         PLACE (PL in the XML), or ""
 * @param placementProvider PLACE_PROVIDER, or ""
 * @param ceased            DEC; {@code null} while open
 * @param reasonCeased      REC (e.g. X1, E13), or "" while open
 * @param reasonPlaceChange REASON_PLACE_CHANGE, or ""
 * @param homePostcode      HOME_POST, or ""
 * @param placementPostcode PL_POST, or ""
 * @param urn               URN, or ""
 */
public record Ssda903Episode(String child, LocalDate commenced, String reasonNewEpisode, String legalStatus,
                             String categoryOfNeed, String placement, String placementProvider, LocalDate ceased,
                             String reasonCeased, String reasonPlaceChange, String homePostcode,
                             String placementPostcode, String urn) {

    /** REC of an episode that ceases because a new one starts in the same period of care. */
    public static final String X1 = "X1";

    /** RNE of an episode that starts a period of care. */
    public static final String STARTED = "S";

    public Ssda903Episode {
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(commenced, "commenced");
        Objects.requireNonNull(reasonNewEpisode, "reasonNewEpisode");
        legalStatus = legalStatus == null ? "" : legalStatus;
        categoryOfNeed = categoryOfNeed == null ? "" : categoryOfNeed;
        placement = placement == null ? "" : placement;
        placementProvider = placementProvider == null ? "" : placementProvider;
        reasonCeased = reasonCeased == null ? "" : reasonCeased;
        reasonPlaceChange = reasonPlaceChange == null ? "" : reasonPlaceChange;
        homePostcode = homePostcode == null ? "" : homePostcode;
        placementPostcode = placementPostcode == null ? "" : placementPostcode;
        urn = urn == null ? "" : urn;
    }
}
