package org.rightbalance.access;

import org.rightbalance.access.AccessPolicy.Relationship;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.ForbiddenException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Need-to-know access to children's records, decided on the server for every page and API call.
 *
 * <p>Every application service calls {@link #require} before it reads or changes a section of a
 * case. The decision and the attempt are written to the audit trail either way. A refused attempt
 * answers "not found", exactly as for a case that does not exist, so guessing identifiers tells the
 * guesser nothing.
 */
@Service
public class CaseAccess {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final boolean socialWorkersSeeTeam;

    /**
     * @param socialWorkersSeeTeam whether the council lets social workers read (not change) every case
     *                             of their own team, as some councils' duty systems need; off by default
     */
    public CaseAccess(JdbcClient jdbc, AuditTrail audit,
                      @Value("${rightbalance.access.social-workers-see-team:false}") boolean socialWorkersSeeTeam) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.socialWorkersSeeTeam = socialWorkersSeeTeam;
    }

    /**
     * Checks that {@code actor} may perform {@code operation} on {@code section} of the case, and
     * records the attempt. Reads are recorded as VIEW, changes as CHANGE.
     *
     * @throws RecordNotFoundException if the case does not exist or the actor has no need to know
     */
    public CaseRef require(StaffMember actor, long caseId, Section section, Operation operation, String detail) {
        AuditAction action = operation == Operation.VIEW ? AuditAction.VIEW : AuditAction.CHANGE;
        Optional<CaseRef> ref = find(caseId);
        boolean allowed = ref.isPresent() && AccessPolicy.allows(relationships(actor, ref.get()), section, operation);
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), action,
                allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED, ref.map(CaseRef::childId).orElse(null), caseId,
                section.name(), detail));
        if (!allowed) {
            throw new RecordNotFoundException("case " + caseId);
        }
        return ref.get();
    }

    /** Like {@link #require}, recorded as an export (a download or a copy leaving the application). */
    public CaseRef requireExport(StaffMember actor, long caseId, Section section, String detail) {
        Optional<CaseRef> ref = find(caseId);
        boolean allowed = ref.isPresent() && AccessPolicy.allows(relationships(actor, ref.get()), section, Operation.VIEW);
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.EXPORT,
                allowed ? AuditOutcome.ALLOWED : AuditOutcome.DENIED, ref.map(CaseRef::childId).orElse(null), caseId,
                section.name(), detail));
        if (!allowed) {
            throw new RecordNotFoundException("case " + caseId);
        }
        return ref.get();
    }

    /** Whether the actor may do this, without recording anything: for deciding which links to show. */
    public boolean can(StaffMember actor, long caseId, Section section, Operation operation) {
        return find(caseId).map(ref -> AccessPolicy.allows(relationships(actor, ref), section, operation)).orElse(false);
    }

    /** The sections of the case that the actor may view (empty when they have no need to know). */
    public Set<Section> viewableSections(StaffMember actor, long caseId) {
        return find(caseId).map(ref -> AccessPolicy.viewable(relationships(actor, ref)))
                .orElse(EnumSet.noneOf(Section.class));
    }

    /**
     * Checks a programme-wide permission (not about one case), recording a refusal.
     *
     * @throws ForbiddenException if the actor's role does not carry the permission
     */
    public void requireRole(StaffMember actor, boolean permitted, String what) {
        if (!permitted) {
            audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.VIEW,
                    AuditOutcome.DENIED, null, null, null, what));
            throw new ForbiddenException(what);
        }
    }

    /** The cases the actor works on or manages, newest first: the basis of "my cases". */
    public List<Long> visibleCaseIds(StaffMember actor) {
        if (actor.is(Role.PROGRAMME_MANAGER)) {
            return jdbc.sql("select id from programme_case order by opened_on desc, id desc").query(Long.class).list();
        }
        if (actor.is(Role.TEAM_MANAGER) && actor.teamId().isPresent()) {
            return jdbc.sql("select id from programme_case where team_id = ? order by opened_on desc, id desc")
                    .param(actor.teamId().get()).query(Long.class).list();
        }
        if (actor.is(Role.SOCIAL_WORKER) && socialWorkersSeeTeam && actor.teamId().isPresent()) {
            return jdbc.sql("""
                    select c.id from programme_case c where c.team_id = ?
                    or exists (select 1 from case_assignment a where a.case_id = c.id and a.staff_id = ?)
                    order by c.opened_on desc, c.id desc""")
                    .params(actor.teamId().get(), actor.id()).query(Long.class).list();
        }
        return jdbc.sql("""
                select distinct c.id, c.opened_on from programme_case c join case_assignment a on a.case_id = c.id
                where a.staff_id = ? order by c.opened_on desc, c.id desc""")
                .param(actor.id()).query((rs, n) -> rs.getLong(1)).list();
    }

    public Optional<CaseRef> find(long caseId) {
        return jdbc.sql("select id, child_id, team_id from programme_case where id = ?").param(caseId)
                .query((rs, n) -> new CaseRef(rs.getLong(1), rs.getLong(2), rs.getLong(3))).optional();
    }

    /** How the actor stands to the case: through an assignment, their team, or the programme. */
    Set<Relationship> relationships(StaffMember actor, CaseRef ref) {
        EnumSet<Relationship> result = EnumSet.noneOf(Relationship.class);
        if (actor.is(Role.PROGRAMME_MANAGER)) {
            result.add(Relationship.PROGRAMME_MANAGER);
        }
        if (actor.is(Role.TEAM_MANAGER) && actor.teamId().filter(t -> t == ref.teamId()).isPresent()) {
            result.add(Relationship.TEAM_MANAGER);
        }
        if (actor.is(Role.SOCIAL_WORKER) && socialWorkersSeeTeam && actor.teamId().filter(t -> t == ref.teamId()).isPresent()) {
            result.add(Relationship.TEAM_SOCIAL_WORKER);
        }
        List<String> responsibilities = jdbc.sql("select responsibility from case_assignment where case_id = ? and staff_id = ?")
                .params(ref.caseId(), actor.id()).query(String.class).list();
        for (String r : responsibilities) {
            Responsibility responsibility = Responsibility.valueOf(r);
            // An assignment counts only for the role it belongs to, so a mis-assigned mentor cannot
            // read the social worker's sections.
            switch (responsibility) {
                case SOCIAL_WORKER -> {
                    if (actor.is(Role.SOCIAL_WORKER) || actor.is(Role.TEAM_MANAGER)) {
                        result.add(Relationship.ALLOCATED_SOCIAL_WORKER);
                    }
                }
                case FGC_COORDINATOR -> {
                    if (actor.is(Role.FGC_COORDINATOR)) {
                        result.add(Relationship.FGC_COORDINATOR);
                    }
                }
                case MENTOR -> {
                    if (actor.is(Role.MENTOR)) {
                        result.add(Relationship.MENTOR);
                    }
                }
                case VIRTUAL_SCHOOL_OFFICER -> {
                    if (actor.is(Role.VIRTUAL_SCHOOL_OFFICER)) {
                        result.add(Relationship.VIRTUAL_SCHOOL_OFFICER);
                    }
                }
            }
        }
        return result;
    }
}
