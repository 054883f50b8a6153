package org.rightbalance.casework;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Section;
import org.rightbalance.child.Child;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.Family;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    public CaseworkService(CaseAccess access, CaseRepository cases, ChildRepository children,
                           List<TimelineSource> timelineSources, List<DueItemSource> dueSources,
                           List<AlertSource> alertSources, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.children = children;
        this.timelineSources = timelineSources;
        this.dueSources = dueSources;
        this.alertSources = alertSources;
        this.clock = clock;
    }

    public List<CaseListItem> myCases(StaffMember actor) {
        List<Long> ids = access.visibleCaseIds(actor);
        if (ids.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        // One query for the whole list (a programme manager's list holds every programme case).
        Map<Long, CaseListItem> byId = new HashMap<>();
        for (List<Long> chunk : chunks(ids, 500)) {
            jdbc.sql("""
                    select c.id, ch.given_name, ch.family_name, ch.date_of_birth, c.stage, c.opened_on,
                           (select min(s.display_name) from case_assignment a join staff_member s on s.id = a.staff_id
                            where a.case_id = c.id and a.responsibility = 'SOCIAL_WORKER') as social_worker
                    from programme_case c join child ch on ch.id = c.child_id
                    where c.id in (:ids)""")
                    .param("ids", chunk)
                    .query((rs, n) -> {
                        LocalDate born = rs.getObject("date_of_birth", LocalDate.class);
                        String worker = rs.getString("social_worker");
                        return new CaseListItem(rs.getLong("id"), rs.getString("given_name") + " " + rs.getString("family_name"),
                                java.time.Period.between(born, today).getYears(), Stage.valueOf(rs.getString("stage")),
                                rs.getObject("opened_on", LocalDate.class), worker == null ? "Not allocated" : worker);
                    })
                    .list().forEach(item -> byId.put(item.caseId(), item));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static List<List<Long>> chunks(List<Long> ids, int size) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + size)));
        }
        return chunks;
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
