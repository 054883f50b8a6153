package org.rightbalance.virtualschool;

import org.rightbalance.access.Section;
import org.rightbalance.casework.CasePaths;
import org.rightbalance.casework.TimelineEntry;
import org.rightbalance.casework.TimelineSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Attendance (dated at the end of its term) and attainment records in the child's chronology. */
@Component
class VirtualSchoolTimeline implements TimelineSource {

    private final VirtualSchoolRepository records;

    VirtualSchoolTimeline(VirtualSchoolRepository records) {
        this.records = records;
    }

    @Override
    public List<TimelineEntry> entries(long caseId) {
        String link = CasePaths.of(caseId, Section.VIRTUAL_SCHOOL);
        List<TimelineEntry> entries = new ArrayList<>();
        for (AttendanceRecord r : records.attendance(caseId)) {
            entries.add(new TimelineEntry(r.term().ends(), Section.VIRTUAL_SCHOOL,
                    "School attendance " + r.term().label() + ": " + r.rate().toPlainString() + "%",
                    r.sessionsAttended() + " of " + r.sessionsPossible() + " sessions"
                            + (r.belowThreshold() ? "; below the 90% threshold (persistent absence)" : "; at or above 90%"),
                    link));
        }
        for (AttainmentRecord r : records.attainment(caseId)) {
            entries.add(new TimelineEntry(r.assessedOn(), Section.VIRTUAL_SCHOOL, "Attainment: " + r.timePoint(),
                    "English " + r.english().label().toLowerCase() + "; Maths " + r.maths().label().toLowerCase(), link));
        }
        return entries;
    }
}
