package org.rightbalance.consent;

import org.rightbalance.access.Section;
import org.rightbalance.casework.Stage;

import java.util.List;
import java.util.Set;

/**
 * The consent page: each component's current consent (null if none is in force) and the full history.
 *
 * @param mayChange whether the reader may record or withdraw consent
 */
public record ConsentView(long caseId, String childName, Stage stage, List<ComponentStatus> components,
                          List<ConsentRecord> history, boolean mayChange, Set<Section> sections) {

    /** One component and the consent in force for it, if any. */
    public record ComponentStatus(Component component, ConsentRecord current) {
    }
}
