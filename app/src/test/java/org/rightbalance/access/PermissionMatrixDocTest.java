package org.rightbalance.access;

import org.junit.jupiter.api.Test;
import org.rightbalance.access.AccessPolicy.Relationship;
import org.rightbalance.staff.Role;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/security.md carries the permission matrix between markers; this test generates it from
 * {@link AccessPolicy} and fails when the two differ (the message holds the table to paste).
 */
class PermissionMatrixDocTest {

    static final String CASE_START = "<!-- permission-matrix:start -->";
    static final String CASE_END = "<!-- permission-matrix:end -->";
    static final String ROLE_START = "<!-- role-permissions:start -->";
    static final String ROLE_END = "<!-- role-permissions:end -->";

    static final List<Relationship> COLUMNS = Arrays.stream(Relationship.values()).filter(r -> r != Relationship.NONE).toList();

    @Test
    void theDocumentedPermissionMatrixIsTheOneInTheCode() throws IOException {
        String doc = Files.readString(securityDoc());
        Path generated = Path.of("target", "permission-matrix.md");
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, caseMatrix() + "\n" + roleTable());
        assertThat(between(doc, CASE_START, CASE_END)).as("permission matrix in docs/security.md; generated:%n%s", caseMatrix())
                .isEqualTo(caseMatrix());
        assertThat(between(doc, ROLE_START, ROLE_END)).as("role permissions in docs/security.md; generated:%n%s", roleTable())
                .isEqualTo(roleTable());
    }

    @Test
    void noRelationshipMayChangeWhatItCannotSee() {
        for (Relationship r : Relationship.values()) {
            for (Section s : Section.values()) {
                if (AccessPolicy.allows(Set.of(r), s, Operation.CHANGE)) {
                    assertThat(AccessPolicy.allows(Set.of(r), s, Operation.VIEW)).as("%s may change %s", r, s).isTrue();
                }
            }
            assertThat(AccessPolicy.allows(Set.of(r), Section.ACCESS_LOG, Operation.CHANGE)).as("nobody edits the access log").isFalse();
        }
        assertThat(AccessPolicy.viewable(Set.of(Relationship.NONE))).isEmpty();
    }

    /** The sections × relationships table, markdown. */
    static String caseMatrix() {
        StringBuilder md = new StringBuilder();
        md.append("| Section | ").append(COLUMNS.stream().map(PermissionMatrixDocTest::label).collect(Collectors.joining(" | ")))
                .append(" |\n");
        md.append("|---|").append(COLUMNS.stream().map(c -> "---").collect(Collectors.joining("|"))).append("|\n");
        for (Section s : Section.values()) {
            md.append("| ").append(s.label()).append(" (`").append(s.name()).append("`) | ");
            md.append(COLUMNS.stream().map(r -> cell(r, s)).collect(Collectors.joining(" | "))).append(" |\n");
        }
        return md.toString();
    }

    /** Programme-wide permissions by role, markdown. */
    static String roleTable() {
        List<Permission> permissions = List.of(
                new Permission("Propose a child", AccessPolicy::mayProposeChildren),
                new Permission("Programme page", AccessPolicy::maySeeProgramme),
                new Permission("Run the evaluation", AccessPolicy::mayRunEvaluation),
                new Permission("Administration", AccessPolicy::mayAdminister));
        StringBuilder md = new StringBuilder("| Role | ")
                .append(permissions.stream().map(Permission::label).collect(Collectors.joining(" | "))).append(" |\n");
        md.append("|---|").append(permissions.stream().map(p -> "---").collect(Collectors.joining("|"))).append("|\n");
        for (Role role : Role.values()) {
            md.append("| ").append(role.label()).append(" | ")
                    .append(permissions.stream().map(p -> p.test().test(role) ? "yes" : "—").collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        return md.toString();
    }

    private record Permission(String label, Predicate<Role> test) {
    }

    private static String cell(Relationship r, Section s) {
        boolean view = AccessPolicy.allows(Set.of(r), s, Operation.VIEW);
        boolean change = AccessPolicy.allows(Set.of(r), s, Operation.CHANGE);
        return view && change ? "view, change" : view ? "view" : change ? "change" : "—";
    }

    static String label(Relationship r) {
        return switch (r) {
            case ALLOCATED_SOCIAL_WORKER -> "Allocated social worker";
            case TEAM_MANAGER -> "Team manager (own team)";
            case TEAM_SOCIAL_WORKER -> "Social worker in the team (where configured)";
            case PROGRAMME_MANAGER -> "Programme manager";
            case FGC_COORDINATOR -> "FGC coordinator (assigned)";
            case MENTOR -> "Mentor (assigned)";
            case VIRTUAL_SCHOOL_OFFICER -> "Virtual School officer (assigned)";
            case NONE -> "No need to know";
        };
    }

    static String between(String doc, String start, String end) {
        int s = doc.indexOf(start);
        int e = doc.indexOf(end);
        assertThat(s).as("marker %s in docs/security.md", start).isNotNegative();
        assertThat(e).as("marker %s in docs/security.md", end).isGreaterThan(s);
        return doc.substring(s + start.length(), e).strip() + "\n";
    }

    /** docs/security.md, from the app module (where Maven runs the tests) or the repository root. */
    static Path securityDoc() {
        Path fromModule = Path.of("..", "docs", "security.md");
        return Files.exists(fromModule) ? fromModule : Path.of("docs", "security.md");
    }
}
