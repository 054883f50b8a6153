package org.rightbalance.socialcare;

import org.rightbalance.access.Section;
import org.rightbalance.casework.CasePaths;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.ProgrammeCase;
import org.rightbalance.casework.TimelineEntry;
import org.rightbalance.casework.TimelineSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The child's referrals, plans and care in the case's chronology; a referral after the programme began is a re-referral. */
@Component
class SocialCareTimeline implements TimelineSource {

    private final CaseRepository cases;
    private final SocialCareRepository records;

    SocialCareTimeline(CaseRepository cases, SocialCareRepository records) {
        this.cases = cases;
        this.records = records;
    }

    @Override
    public List<TimelineEntry> entries(long caseId) {
        Optional<ProgrammeCase> c = cases.findById(caseId);
        if (c.isEmpty()) {
            return List.of();
        }
        String link = CasePaths.of(caseId, Section.SOCIAL_CARE_EVENTS);
        List<TimelineEntry> entries = new ArrayList<>();
        for (SocialCareEvent e : records.forChild(c.get().childId()).events()) {
            String started = switch (e.kind()) {
                case REFERRAL -> e.start().isAfter(c.get().openedOn()) ? "Re-referral to children's social care"
                        : "Referral to children's social care";
                case CIN_PLAN -> "Child in need plan started";
                case CP_PLAN -> "Child protection plan started";
                case CARE_PERIOD -> "Started to be looked after";
            };
            entries.add(new TimelineEntry(e.start(), Section.SOCIAL_CARE_EVENTS, started,
                    e.kind() == EventKind.CP_PLAN || e.kind() == EventKind.CARE_PERIOD ? e.codeLabel() : null, link));
            if (e.end() != null) {
                String ended = switch (e.kind()) {
                    case REFERRAL -> "Children's social care case closed";
                    case CIN_PLAN -> "Child in need plan ended";
                    case CP_PLAN -> "Child protection plan ended";
                    case CARE_PERIOD -> "Stopped being looked after";
                };
                entries.add(new TimelineEntry(e.end(), Section.SOCIAL_CARE_EVENTS, ended,
                        e.kind() == EventKind.REFERRAL ? e.codeLabel() : null, link));
            }
        }
        return entries;
    }
}
