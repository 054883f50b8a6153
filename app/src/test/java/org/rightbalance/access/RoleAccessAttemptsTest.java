package org.rightbalance.access;

import org.junit.jupiter.api.Test;
import org.rightbalance.casework.CasePaths;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The issue's evidence of need-to-know access: for EVERY role, every request mapping under
 * {@code /cases/{caseId}/**} and {@code /api/cases/{caseId}/**} that the running application has
 * (found through Spring's {@link RequestMappingHandlerMapping}, so endpoints added later are covered
 * without touching this test) is tried, with every method it maps, against
 * <ul>
 *   <li>a case the person has no need to know (another team's, or a child they do not work with),</li>
 *   <li>a guessed identifier of a case that does not exist, and</li>
 *   <li>on a case they DO work on, the sections the permission matrix does not give them
 *       (derived from {@link AccessPolicy} and {@link CasePaths}, e.g. a mentor and the referral).</li>
 * </ul>
 * Each attempt must be refused (403 or 404), leave every table but the audit trail unchanged, and
 * write a DENIED audit event. The results are written to {@code target/access-attempts.md}
 * (summarised in docs/security.md).
 */
@WebTest
class RoleAccessAttemptsTest {

    private static final Pattern CASE_PATH = Pattern.compile("^(/api)?/cases/\\{([^}/]+)\\}(/.*)?$");
    private static final Pattern OTHER_VARIABLE = Pattern.compile("\\{[^}/]+\\}");
    private static final Set<RequestMethod> TRIED = EnumSet.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    /** Who tries, for each role: a demo user, a case they have no need to know, a case they work on. */
    private record Actor(Role role, String username, Optional<String> foreignCase, Optional<String> ownCase) {
    }

    private static final List<Actor> ACTORS = List.of(
            new Actor(Role.SOCIAL_WORKER, "sw.amara", Optional.of("begum"), Optional.of("rivera")),
            new Actor(Role.TEAM_MANAGER, "tm.priya", Optional.of("campbell"), Optional.of("novak")),
            new Actor(Role.FGC_COORDINATOR, "fgc.lee", Optional.of("novak"), Optional.of("rivera")),
            new Actor(Role.MENTOR, "mentor.sam", Optional.of("osei"), Optional.of("rivera")),
            new Actor(Role.VIRTUAL_SCHOOL_OFFICER, "vs.harpreet", Optional.of("begum"), Optional.of("osei")),
            // The programme manager sees every programme case: only guessed identifiers and changes outside the referral.
            new Actor(Role.PROGRAMME_MANAGER, "pm.morgan", Optional.empty(), Optional.of("campbell")),
            new Actor(Role.EVALUATOR, "eval.alex", Optional.of("rivera"), Optional.empty()),
            new Actor(Role.ADMINISTRATOR, "admin", Optional.of("osei"), Optional.empty()));

    /** A request mapping under a case. */
    private record Endpoint(String pattern, RequestMethod method) {
        boolean api() {
            return pattern.startsWith("/api/");
        }
    }

    private record Attempt(Role role, String username, String target, RequestMethod method, String path, int status,
                           boolean audited) {
        boolean refused() {
            return (status == 403 || status == 404) && audited;
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    CaseAccess access;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRoleIsRefusedEveryCaseEndpointItHasNoNeedToKnowAndEachAttemptIsAudited() throws Exception {
        assertThat(ACTORS.stream().map(Actor::role).toList()).as("every role has an actor in this test")
                .containsExactlyInAnyOrder(Role.values());
        List<Endpoint> endpoints = caseEndpoints();
        assertThat(endpoints).as("case endpoints found at runtime")
                .contains(new Endpoint("/cases/{caseId}", RequestMethod.GET), new Endpoint("/api/cases/{caseId}", RequestMethod.GET));
        long guessed = jdbc.sql("select coalesce(max(id), 0) + 7919 from programme_case").query(Long.class).single();

        Map<String, String> before = snapshot();
        List<Attempt> attempts = new ArrayList<>();
        for (Actor actor : ACTORS) {
            StaffMember member = demo.principal(actor.username()).staff();
            for (Endpoint e : endpoints) {
                if (actor.foreignCase().isPresent()) {
                    attempts.add(attempt(actor, "case with no need to know (" + actor.foreignCase().get() + ")", e,
                            demo.caseOf(actor.foreignCase().get())));
                }
                attempts.add(attempt(actor, "guessed identifier", e, guessed));
                if (actor.ownCase().isPresent()) {
                    long own = demo.caseOf(actor.ownCase().get());
                    Optional<Section> section = sectionOf(e, own);
                    Operation operation = e.method() == RequestMethod.GET ? Operation.VIEW : Operation.CHANGE;
                    if (section.isPresent() && !access.can(member, own, section.get(), operation)) {
                        attempts.add(attempt(actor, "own case (" + actor.ownCase().get() + "), section "
                                + section.get().name() + " not in the matrix", e, own));
                    }
                }
            }
        }
        Map<String, String> after = snapshot();
        write(attempts);

        assertThat(attempts.stream().map(Attempt::role).distinct()).containsExactlyInAnyOrder(Role.values());
        assertThat(attempts.stream().filter(a -> a.target().startsWith("own case") && a.role() == Role.MENTOR))
                .as("a mentor's attempts at sections of their own mentee's case they may not see").isNotEmpty();
        assertThat(attempts).as("every attempt refused with 403 or 404 and audited as DENIED; see target/access-attempts.md")
                .allMatch(Attempt::refused);
        assertThat(after).as("no table but the audit trail changed").isEqualTo(before);
    }

    private Attempt attempt(Actor actor, String target, Endpoint endpoint, long caseId) throws Exception {
        String path = concrete(endpoint.pattern(), caseId);
        long deniedBefore = demo.auditCount(actor.username(), "DENIED");
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method().name()), path)
                .with(demo.as(actor.username()));
        if (endpoint.method() != RequestMethod.GET) {
            request.with(csrf());
            if (endpoint.api()) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            } else {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
            }
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        boolean audited = demo.auditCount(actor.username(), "DENIED") > deniedBefore;
        return new Attempt(actor.role(), actor.username(), target, endpoint.method(), endpoint.pattern(), status, audited);
    }

    /** Every (pattern, method) under a case, from the running application's request mappings. */
    private List<Endpoint> caseEndpoints() {
        Set<Endpoint> found = new java.util.LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? EnumSet.of(RequestMethod.GET, RequestMethod.POST) : info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (CASE_PATH.matcher(pattern).matches()) {
                    methods.stream().filter(TRIED::contains).forEach(m -> found.add(new Endpoint(pattern, m)));
                }
            }
        }
        return found.stream().sorted(java.util.Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method)).toList();
    }

    /** The pattern with the case's id, and any other identifier guessed as 1. */
    private static String concrete(String pattern, long caseId) {
        Matcher m = CASE_PATH.matcher(pattern);
        assertThat(m.matches()).isTrue();
        String rest = m.group(3) == null ? "" : OTHER_VARIABLE.matcher(m.group(3)).replaceAll("1");
        return (m.group(1) == null ? "" : "/api") + "/cases/" + caseId + rest;
    }

    /** The section an endpoint belongs to, by the section's page address (CasePaths); empty if none matches. */
    static Optional<Section> sectionOf(Endpoint endpoint, long caseId) {
        String path = concrete(endpoint.pattern(), caseId);
        String page = path.startsWith("/api/") ? path.substring(4) : path;
        Section best = null;
        int bestLength = -1;
        for (Section s : Section.values()) {
            String base = CasePaths.of(caseId, s);
            boolean matches = s == Section.CASE_SUMMARY ? page.equals(base) : page.equals(base) || page.startsWith(base + "/");
            if (matches && base.length() > bestLength) {
                best = s;
                bestLength = base.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** A fingerprint of every table but the audit trail (and Flyway's history). */
    private Map<String, String> snapshot() throws SQLException, NoSuchAlgorithmException {
        Map<String, String> fingerprints = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%",
                new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase());
            }
        }
        for (String table : tables) {
            if (table.equals("audit_event") || table.equals("flyway_schema_history") || !table.matches("[a-z_][a-z0-9_]*")) {
                continue;
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            TreeSet<String> rows = new TreeSet<>();
            jdbc.sql("select * from " + table).query(rs -> {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getObject(i)).append('\u001f');
                }
                rows.add(row.toString());
            });
            rows.forEach(r -> digest.update(r.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            fingerprints.put(table, rows.size() + ":" + HexFormat.of().formatHex(digest.digest()));
        }
        return fingerprints;
    }

    private static void write(List<Attempt> attempts) throws IOException {
        StringBuilder md = new StringBuilder("# Access attempts by role\n\n");
        md.append("Generated by RoleAccessAttemptsTest: every case endpoint found at runtime, tried by every role against ")
                .append("a case it has no need to know, a guessed identifier, and the sections of its own case that the ")
                .append("permission matrix does not give it. Refused = 403 or 404 and a DENIED audit event.\n\n");
        md.append("## Summary\n\n| Role | Attempts | Refused (404) | Refused (403) | Audited as DENIED | Not refused |\n|---|---|---|---|---|---|\n");
        Map<Role, List<Attempt>> byRole = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            byRole.put(r, attempts.stream().filter(a -> a.role() == r).toList());
        }
        byRole.forEach((role, list) -> md.append("| ").append(role.label()).append(" | ").append(list.size())
                .append(" | ").append(list.stream().filter(a -> a.status() == 404).count())
                .append(" | ").append(list.stream().filter(a -> a.status() == 403).count())
                .append(" | ").append(list.stream().filter(Attempt::audited).count())
                .append(" | ").append(list.stream().filter(a -> !a.refused()).count()).append(" |\n"));
        md.append("\n## Every attempt\n\n| Role | User | Target | Method | Path | Status | DENIED audited |\n|---|---|---|---|---|---|---|\n");
        for (Attempt a : attempts) {
            md.append("| ").append(a.role().name()).append(" | ").append(a.username()).append(" | ").append(a.target())
                    .append(" | ").append(a.method()).append(" | `").append(a.path()).append("` | ").append(a.status())
                    .append(" | ").append(a.audited() ? "yes" : "**no**").append(" |\n");
        }
        Path out = Path.of("target", "access-attempts.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
    }
}
