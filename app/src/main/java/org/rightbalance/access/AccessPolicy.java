package org.rightbalance.access;

import org.rightbalance.staff.Role;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.rightbalance.access.Section.*;

/**
 * The permission matrix (docs/security.md): which sections of a case each relationship to the case
 * may view and change. It is pure data and has no idea who is signed in; {@link CaseAccess} works
 * out the relationship and applies it.
 */
public final class AccessPolicy {

    /** How someone stands to a case. Roles with no link to the case see nothing of it. */
    public enum Relationship {
        /** The allocated social worker. */
        ALLOCATED_SOCIAL_WORKER,
        /** A team manager of the team that holds the case. */
        TEAM_MANAGER,
        /**
         * Another social worker of the team holding the case, where the council lets social workers
         * see their team's cases ({@code rightbalance.access.social-workers-see-team}): read only.
         */
        TEAM_SOCIAL_WORKER,
        /** The programme manager (every programme case). */
        PROGRAMME_MANAGER,
        /** The coordinator of the family's conference. */
        FGC_COORDINATOR,
        /** The child's mentor. */
        MENTOR,
        /** The Virtual School officer supporting the child. */
        VIRTUAL_SCHOOL_OFFICER,
        /** No need to know. */
        NONE
    }

    private static final Set<Section> EVERYTHING_BUT_LOG = EnumSet.complementOf(EnumSet.of(ACCESS_LOG));

    private static final Map<Relationship, Set<Section>> VIEW = Map.of(
            Relationship.ALLOCATED_SOCIAL_WORKER, EVERYTHING_BUT_LOG,
            Relationship.TEAM_MANAGER, EnumSet.allOf(Section.class),
            Relationship.TEAM_SOCIAL_WORKER, EVERYTHING_BUT_LOG,
            Relationship.PROGRAMME_MANAGER, EnumSet.allOf(Section.class),
            Relationship.FGC_COORDINATOR, EnumSet.of(CASE_SUMMARY, FAMILY_NETWORK, CONSENT, CONFERENCE, SYSTEMIC_DISCUSSION),
            Relationship.MENTOR, EnumSet.of(CASE_SUMMARY, CONSENT, MENTORING, SYSTEMIC_DISCUSSION),
            Relationship.VIRTUAL_SCHOOL_OFFICER, EnumSet.of(CASE_SUMMARY, CONSENT, VIRTUAL_SCHOOL, SYSTEMIC_DISCUSSION),
            Relationship.NONE, EnumSet.noneOf(Section.class));

    private static final Map<Relationship, Set<Section>> CHANGE = Map.of(
            Relationship.ALLOCATED_SOCIAL_WORKER, EVERYTHING_BUT_LOG,
            Relationship.TEAM_MANAGER, EVERYTHING_BUT_LOG,
            Relationship.TEAM_SOCIAL_WORKER, EnumSet.noneOf(Section.class),
            Relationship.PROGRAMME_MANAGER, EnumSet.of(REFERRAL),
            Relationship.FGC_COORDINATOR, EnumSet.of(FAMILY_NETWORK, CONFERENCE),
            Relationship.MENTOR, EnumSet.of(MENTORING),
            Relationship.VIRTUAL_SCHOOL_OFFICER, EnumSet.of(VIRTUAL_SCHOOL),
            Relationship.NONE, EnumSet.noneOf(Section.class));

    private AccessPolicy() {
    }

    public static boolean allows(Set<Relationship> relationships, Section section, Operation operation) {
        Map<Relationship, Set<Section>> matrix = operation == Operation.VIEW ? VIEW : CHANGE;
        return relationships.stream().anyMatch(r -> matrix.get(r).contains(section));
    }

    /** The sections that the given relationships may view, in record order. */
    public static Set<Section> viewable(Set<Relationship> relationships) {
        EnumSet<Section> sections = EnumSet.noneOf(Section.class);
        relationships.forEach(r -> sections.addAll(VIEW.get(r)));
        return sections;
    }

    /** Programme-wide permissions, outside any one case. */
    public static boolean mayProposeChildren(Role role) {
        return role == Role.SOCIAL_WORKER || role == Role.TEAM_MANAGER || role == Role.PROGRAMME_MANAGER;
    }

    public static boolean maySeeProgramme(Role role) {
        return role == Role.PROGRAMME_MANAGER || role == Role.TEAM_MANAGER;
    }

    public static boolean mayRunEvaluation(Role role) {
        return role == Role.PROGRAMME_MANAGER || role == Role.EVALUATOR;
    }

    public static boolean mayAdminister(Role role) {
        return role == Role.ADMINISTRATOR;
    }
}
