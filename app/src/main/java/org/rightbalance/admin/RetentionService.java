package org.rightbalance.admin;

import org.rightbalance.access.AccessPolicy;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.InvalidRequestException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The retention report: children whose records have passed their retention date under
 * {@link RetentionSettings}, for an administrator to review (deleting is a separate decision).
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(RetentionSettings.class)
public class RetentionService {

    private final CaseAccess access;
    private final PersonalDataTables tables;
    private final JdbcClient jdbc;
    private final RetentionSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    public RetentionService(CaseAccess access, PersonalDataTables tables, JdbcClient jdbc, RetentionSettings settings,
                            AuditTrail audit, Clock clock) {
        this.access = access;
        this.tables = tables;
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    public RetentionSettings settings() {
        return settings;
    }

    /** Children with no open programme case whose record is past its retention date today. */
    public Report report(StaffMember actor) {
        access.requireRole(actor, AccessPolicy.mayAdminister(actor.role()), "retention report");
        LocalDate today = LocalDate.now(clock);
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.VIEW, AuditOutcome.ALLOWED,
                null, null, null, "retention report viewed"));
        List<Due> due = pastRetention(today);
        LocalDate auditCutOff = today.minus(settings.auditEvent());
        long oldAudit = jdbc.sql("select count(*) from audit_event where occurred_at < ?")
                .param(auditCutOff.atStartOfDay().atOffset(ZoneOffset.UTC)).query(Long.class).single();
        return new Report(today, due, auditCutOff, oldAudit);
    }

    /**
     * Deletes everything held about one child whose record is past its retention date (found as the
     * subject access export finds it), after the administrator has typed the child's identifier to
     * confirm. The audit trail is kept, and the deletion is added to it.
     *
     * @return the number of rows deleted per table
     */
    @Transactional
    public Map<String, Integer> deleteChild(StaffMember actor, long childId, String confirmation) {
        access.requireRole(actor, AccessPolicy.mayAdminister(actor.role()), "delete records past retention");
        Due due = pastRetention(LocalDate.now(clock)).stream().filter(d -> d.childId() == childId).findFirst()
                .orElseThrow(() -> new InvalidRequestException(null,
                        "This child's record is not past its retention date, or has an open case: nothing was deleted"));
        if (confirmation == null || !confirmation.strip().equals(due.councilChildId())) {
            throw new InvalidRequestException("confirm", "Type the child's identifier " + due.councilChildId()
                    + " exactly to confirm the deletion");
        }
        Map<String, Integer> deleted = tables.deleteAbout(childId);
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.CHANGE, AuditOutcome.ALLOWED,
                childId, null, null, "retention: deleted every record of child " + due.councilChildId() + " ("
                + due.recordType() + ", retained until " + due.retainUntil() + "): " + deleted));
        return deleted;
    }

    private List<Due> pastRetention(LocalDate today) {
        List<Due> due = new ArrayList<>();
        jdbc.sql("""
                select ch.id, ch.council_child_id, ch.date_of_birth,
                       (select max(c.closed_on) from programme_case c where c.child_id = ch.id) as last_closed,
                       (select count(*) from programme_case c where c.child_id = ch.id and c.closed_on is null) as open_cases,
                       (select count(*) from care_period p where p.child_id = ch.id) as care_periods,
                       (select count(*) from child_protection_plan p where p.child_id = ch.id) as protection_plans
                from child ch order by ch.id""")
                .query((rs, n) -> {
                    long open = rs.getLong("open_cases");
                    if (open > 0) {
                        return null;
                    }
                    LocalDate dob = rs.getObject("date_of_birth", LocalDate.class);
                    LocalDate lastClosed = rs.getObject("last_closed", LocalDate.class);
                    Due d;
                    if (rs.getLong("care_periods") > 0) {
                        d = new Due(rs.getLong("id"), rs.getString("council_child_id"), "Looked after",
                                "date of birth", dob.plus(settings.lookedAfter()));
                    } else if (rs.getLong("protection_plans") > 0) {
                        LocalDate from = lastClosed == null ? dob : lastClosed;
                        d = new Due(rs.getLong("id"), rs.getString("council_child_id"), "Child protection",
                                lastClosed == null ? "date of birth" : "case closure", from.plus(settings.childProtection()));
                    } else {
                        d = new Due(rs.getLong("id"), rs.getString("council_child_id"), "Case record",
                                "date of birth", dob.plus(settings.caseRecord()));
                    }
                    return d;
                }).list().stream().filter(d -> d != null && !d.retainUntil().isAfter(today)).forEach(due::add);
        due.sort(Comparator.comparing(Due::retainUntil));
        return due;
    }

    /** A child's record past its retention date. */
    public record Due(long childId, String councilChildId, String recordType, String measuredFrom, LocalDate retainUntil) {
    }

    /** The report as of {@code today}; audit events written before {@code auditCutOff} are past retention. */
    public record Report(LocalDate today, List<Due> due, LocalDate auditCutOff, long auditEventsPastRetention) {
    }
}
