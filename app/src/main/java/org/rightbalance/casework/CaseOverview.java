package org.rightbalance.casework;

import org.rightbalance.access.Section;
import org.rightbalance.child.Child;
import org.rightbalance.child.Family;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A child's case page: who the child is, who works with them, where the case is, and the
 * chronology — only the parts the reader may see.
 */
public record CaseOverview(ProgrammeCase programmeCase, Child child, Family family, int ageToday,
                           List<Assignment> assignments, Set<Section> sections, List<TimelineEntry> timeline,
                           LocalDate today) {

    public boolean shows(Section section) {
        return sections.contains(section);
    }
}
