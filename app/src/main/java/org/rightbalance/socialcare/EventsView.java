package org.rightbalance.socialcare;

import org.rightbalance.access.Section;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The events page: the child's referrals, plans and periods of care, and what they say about the
 * year from the start of the programme (the evaluation's outcomes).
 */
public record EventsView(long caseId, String childName, LocalDate programmeStart, List<SocialCareEvent> referrals,
                         List<SocialCareEvent> cinPlans, List<SocialCareEvent> cpPlans, List<SocialCareEvent> carePeriods,
                         ChildSocialCare.YearSummary firstYear, boolean mayChange, Set<Section> sections) {

    /** The four kinds of record, each with its path segment and heading, for the page's tables. */
    public List<Group> groups() {
        return List.of(new Group("referrals", "Referrals to children's social care", referrals),
                new Group("cin-plans", "Child in need plans", cinPlans),
                new Group("cp-plans", "Child protection plans", cpPlans),
                new Group("care-periods", "Periods looked after", carePeriods));
    }

    public record Group(String path, String title, List<SocialCareEvent> events) {
    }
}
