package org.rightbalance.demo;

import org.rightbalance.access.Responsibility;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.Stage;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.NetworkMember;
import org.rightbalance.child.Sex;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seeds synthetic staff and families on the first start of an empty embedded database, so that
 * {@code rightbalance serve} shows a working programme at once. Every name is invented; nothing
 * here is, or is derived from, a real person. Off in production ({@code rightbalance.demo.seed=false}).
 */
@Component
class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    /** username, display name, role, team (or null). */
    static final List<String[]> STAFF = List.of(
            new String[]{"sw.amara", "Amara Okafor", "SOCIAL_WORKER", "North"},
            new String[]{"sw.ben", "Ben Hughes", "SOCIAL_WORKER", "South"},
            new String[]{"tm.priya", "Priya Shah", "TEAM_MANAGER", "North"},
            new String[]{"tm.owen", "Owen Price", "TEAM_MANAGER", "South"},
            new String[]{"fgc.lee", "Lee Walker", "FGC_COORDINATOR", null},
            new String[]{"mentor.sam", "Sam Clarke", "MENTOR", null},
            new String[]{"mentor.jo", "Jo Evans", "MENTOR", null},
            new String[]{"vs.harpreet", "Harpreet Kaur", "VIRTUAL_SCHOOL_OFFICER", null},
            new String[]{"pm.morgan", "Morgan Ellis", "PROGRAMME_MANAGER", null},
            new String[]{"eval.alex", "Alex Ng", "EVALUATOR", null},
            new String[]{"admin", "Service Administrator", "ADMINISTRATOR", null});

    private final StaffRepository staff;
    private final ChildRepository children;
    private final CaseRepository cases;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean enabled;
    private final String password;

    DemoData(StaffRepository staff, ChildRepository children, CaseRepository cases, PasswordEncoder passwords,
             ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
             @Value("${rightbalance.demo.seed:false}") boolean enabled,
             @Value("${rightbalance.demo.password:right-balance-demo}") String password) {
        this.staff = staff;
        this.children = children;
        this.cases = cases;
        this.passwords = passwords;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.enabled = enabled;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedIfEmpty() {
        if (!enabled || !staff.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> seed());
        LOG.info("Seeded synthetic demo data. Sign in as any of {} with the password '{}'.",
                STAFF.stream().map(s -> s[0]).toList(), password);
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> teams = new LinkedHashMap<>();
        Map<String, Long> staffIds = new LinkedHashMap<>();
        String hash = passwords.encode(password);
        for (String[] s : STAFF) {
            Optional<Long> team = Optional.ofNullable(s[3]).map(t -> teams.computeIfAbsent(t, staff::addTeam));
            staffIds.put(s[0], staff.add(s[0], s[1], Role.valueOf(s[2]), team, hash));
        }
        List<DemoCase> seeded = new ArrayList<>();
        seeded.add(demoCase("rivera", "Kai", "Rivera", today.minusYears(12).minusDays(40), Sex.M, "WBRI", "North",
                today.minusMonths(7), Stage.SUPPORTING, teams, staffIds, "sw.amara", "fgc.lee", "mentor.sam", "vs.harpreet"));
        seeded.add(demoCase("osei", "Ama", "Osei", today.minusYears(11).minusDays(200), Sex.F, "BAFR", "North",
                today.minusMonths(4), Stage.CONFERENCING, teams, staffIds, "sw.amara", "fgc.lee", "mentor.jo", "vs.harpreet"));
        seeded.add(demoCase("novak", "Lena", "Novak", today.minusYears(13).minusDays(100), Sex.F, "WOTH", "North",
                today.minusMonths(2), Stage.ENGAGING, teams, staffIds, "sw.amara", null, null, null));
        seeded.add(demoCase("begum", "Rafi", "Begum", today.minusYears(10).minusDays(90), Sex.M, "ABAN", "South",
                today.minusMonths(13), Stage.CLOSED, teams, staffIds, "sw.ben", "fgc.lee", "mentor.sam", null));
        seeded.add(demoCase("campbell", "Tyler", "Campbell", today.minusYears(12).minusDays(300), Sex.M, "MWBC", "South",
                today.minusWeeks(3), Stage.REFERRED, teams, staffIds, "sw.ben", null, null, null));
        seeded.add(demoCase("murphy", "Erin", "Murphy", today.minusYears(9).minusDays(20), Sex.F, "WIRI", "North",
                today.minusWeeks(1), Stage.REFERRED, teams, staffIds, null, null, null, null));
        events.publishEvent(new DemoCasesSeeded(List.copyOf(seeded), Map.copyOf(staffIds), today));
    }

    private DemoCase demoCase(String key, String given, String family, LocalDate dob, Sex sex, String ethnicity,
                              String team, LocalDate opened, Stage stage, Map<String, Long> teams,
                              Map<String, Long> staffIds, String socialWorker, String coordinator, String mentor,
                              String virtualSchool) {
        long familyId = children.addFamily(family, "1 Example Road, Demo Town", "ZZ99 9ZZ");
        children.addNetworkMember(familyId, "Parent of " + given, "Mother", NetworkMember.Kind.FAMILY, null, null, true);
        children.addNetworkMember(familyId, "Grandparent of " + given, "Grandmother", NetworkMember.Kind.FAMILY, null, null, false);
        children.addNetworkMember(familyId, "Form tutor", "Class teacher", NetworkMember.Kind.PROFESSIONAL,
                "Demo Secondary School", null, false);
        long childId = children.addChild("DEMO-" + key.toUpperCase(), given, family, dob, sex, ethnicity, familyId);
        long caseId = cases.open(childId, teams.get(team), opened);
        if (stage == Stage.CLOSED) {
            cases.close(caseId, opened.plusMonths(9), 0);
        } else if (stage != Stage.REFERRED) {
            cases.moveTo(caseId, stage, 0);
        }
        assign(caseId, staffIds, socialWorker, Responsibility.SOCIAL_WORKER, opened);
        assign(caseId, staffIds, coordinator, Responsibility.FGC_COORDINATOR, opened.plusWeeks(2));
        assign(caseId, staffIds, mentor, Responsibility.MENTOR, opened.plusWeeks(6));
        assign(caseId, staffIds, virtualSchool, Responsibility.VIRTUAL_SCHOOL_OFFICER, opened.plusWeeks(6));
        return new DemoCase(caseId, childId, familyId, key);
    }

    private void assign(long caseId, Map<String, Long> staffIds, String username, Responsibility responsibility, LocalDate since) {
        if (username != null) {
            cases.assign(caseId, staffIds.get(username), responsibility, since);
        }
    }
}
