package org.rightbalance.evaluation.importing.cin;

import org.rightbalance.evaluation.ssd.SsdExtract;

import java.util.List;
import java.util.Objects;

/**
 * A CIN census file read and checked: the header, the SSD records it carries (people, referrals, CIN plans, CP
 * plans; no families, care episodes or participation) and the 2025/26 elements.
 */
public record CinCensus(CinHeader header, SsdExtract extract, List<PreProceedings> preProceedings,
                        List<FamilyGroupDecision> familyGroupDecisions) {

    public CinCensus {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(extract, "extract");
        preProceedings = List.copyOf(preProceedings);
        familyGroupDecisions = List.copyOf(familyGroupDecisions);
    }
}
