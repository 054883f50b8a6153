package org.rightbalance.casework;

import org.rightbalance.access.Section;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated line of a child's chronology. Each feature contributes its own entries through a
 * {@link TimelineSource}; the section decides who may see the entry.
 *
 * @param link a path in the application where the entry's record is, or null
 */
public record TimelineEntry(LocalDate date, Section section, String title, String detail, String link) {
    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(title, "title");
    }
}
