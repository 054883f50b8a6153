package org.rightbalance.casework;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Responsibility;
import org.rightbalance.access.Section;
import org.rightbalance.child.Child;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.Family;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The worker's home page and the child's case page, each showing only what the reader may see. */
@Service
@Transactional(readOnly = true)
public class CaseworkService {

    /** How far ahead "what is due" looks. */
    static final int DUE_HORIZON_DAYS = 14;

    private final CaseAccess access;
    private final CaseRepository cases;
    private final ChildRepository children;
    private final List<TimelineSource> timelineSources;
    private final List<DueItemSource> dueSources;
    private final List<AlertSource> alertSources;
    private final Clock clock;

    public CaseworkService(CaseAccess access, CaseRepository cases, ChildRepository children,
                           List<TimelineSource> timelineSources, List<DueItemSource> dueSources,
                           List<AlertSource> alertSources, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.children = children;
        this.timelineSources = timelineSources;
        this.dueSources = dueSources;
        this.alertSources = alertSources;
        this.clock = clock;
    }

    public List<CaseListItem> myCases(StaffMember actor) {
        LocalDate today = LocalDate.now(clock);
        List<CaseListItem> items = new ArrayList<>();
        for (long caseId : access.visibleCaseIds(actor)) {
            ProgrammeCase c = cases.findById(caseId).orElseThrow();
            Child child = children.findById(c.childId()).orElseThrow();
            String socialWorker = cases.assignments(caseId).stream()
                    .filter(a -> a.responsibility() == Responsibility.SOCIAL_WORKER).map(Assignment::staffName)
                    .findFirst().orElse("Not allocated");
            items.add(new CaseListItem(caseId, child.fullName(), child.ageOn(today), c.stage(), c.openedOn(), socialWorker));
        }
        return items;
    }

    public HomePage home(StaffMember actor) {
        LocalDate today = LocalDate.now(clock);
        List<CaseListItem> mine = myCases(actor);
        List<Long> ids = mine.stream().map(CaseListItem::caseId).toList();
        Map<Long, Set<Section>> visible = new HashMap<>();
        ids.forEach(id -> visible.put(id, access.viewableSections(actor, id)));
        List<DueItem> due = dueSources.stream().flatMap(s -> s.dueItems(ids, today.plusDays(DUE_HORIZON_DAYS)).stream())
                .filter(d -> visible.getOrDefault(d.caseId(), Set.of()).contains(d.section()))
                .sorted(Comparator.comparing(DueItem::dueOn)).toList();
        List<Alert> alerts = alertSources.stream().flatMap(s -> s.alertsFor(actor, ids).stream())
                .filter(a -> visible.getOrDefault(a.caseId(), Set.of()).contains(a.section()))
                .sorted(Comparator.comparing(Alert::raisedOn).reversed()).toList();
        return new HomePage(mine, due, alerts);
    }

    public CaseOverview overview(StaffMember actor, long caseId) {
        access.require(actor, caseId, Section.CASE_SUMMARY, Operation.VIEW, "case page");
        ProgrammeCase c = cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
        Child child = children.findById(c.childId()).orElseThrow();
        Family family = children.findFamily(child.familyId()).orElseThrow();
        Set<Section> sections = access.viewableSections(actor, caseId);
        List<TimelineEntry> timeline = timelineSources.stream().flatMap(s -> s.entries(caseId).stream())
                .filter(e -> sections.contains(e.section()))
                .sorted(Comparator.comparing(TimelineEntry::date).reversed()).toList();
        LocalDate today = LocalDate.now(clock);
        return new CaseOverview(c, child, family, child.ageOn(today), cases.assignments(caseId), sections, timeline, today);
    }
}
