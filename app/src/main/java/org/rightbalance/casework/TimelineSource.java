package org.rightbalance.casework;

import java.util.List;

/**
 * A feature's contribution to a case's chronology. Implementations return every entry of the case;
 * {@link CaseworkService} filters them by what the reader may see, so a source never decides access.
 */
public interface TimelineSource {
    List<TimelineEntry> entries(long caseId);
}
