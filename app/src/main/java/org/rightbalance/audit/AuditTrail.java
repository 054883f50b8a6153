package org.rightbalance.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The append-only record of every access to a child's record. There is deliberately no method that
 * changes or removes an event, and the database refuses UPDATE and DELETE on the table as well.
 */
@Service
public class AuditTrail {

    private static final RowMapper<AuditEvent> MAPPER = (rs, n) -> new AuditEvent(rs.getLong("id"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
            rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")),
            AuditOutcome.valueOf(rs.getString("outcome")),
            Optional.ofNullable(rs.getObject("child_id", Long.class)), Optional.ofNullable(rs.getObject("case_id", Long.class)),
            Optional.ofNullable(rs.getString("section")), rs.getString("detail"), rs.getString("remote_address"),
            rs.getString("request_path"));

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Writes one event. A refused attempt is written in its own transaction so that it stays on the
     * record even though the request that made it fails and rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Entry entry) {
        Where where = Where.current();
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, actor_role, action, outcome, child_id, case_id, section,
                                         detail, remote_address, request_path)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Instant.now(clock).atOffset(ZoneOffset.UTC), truncate(entry.actor(), 60), entry.actorRole(),
                        entry.action().name(), entry.outcome().name(), entry.childId(), entry.caseId(), entry.section(),
                        truncate(entry.detail(), 500), where.remoteAddress(), truncate(where.path(), 300))
                .update();
    }

    /** Events about one child, newest first: "who has looked at this child's record". */
    public List<AuditEvent> forChild(long childId, int limit) {
        return jdbc.sql("select * from audit_event where child_id = ? order by occurred_at desc, id desc limit ?")
                .params(childId, limit).query(MAPPER).list();
    }

    /** Events in a time range, oldest first, for an administrator's review or export. */
    public List<AuditEvent> between(Instant from, Instant to, int limit) {
        return jdbc.sql("select * from audit_event where occurred_at >= ? and occurred_at < ? order by occurred_at, id limit ?")
                .params(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC), limit).query(MAPPER).list();
    }

    /** Events matching the filter, newest first, one page at a time. */
    public List<AuditEvent> search(AuditQuery query, int offset, int limit) {
        AuditQuery.Condition where = query.condition();
        List<Object> params = new java.util.ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select * from audit_event where " + where.sql() + " order by occurred_at desc, id desc limit ? offset ?")
                .params(params).query(MAPPER).list();
    }

    /** How many events match the filter. */
    public long count(AuditQuery query) {
        AuditQuery.Condition where = query.condition();
        return jdbc.sql("select count(*) from audit_event where " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** Every event matching the filter, oldest first, handed to {@code sink} one at a time (for exports). */
    public void forEach(AuditQuery query, java.util.function.Consumer<AuditEvent> sink) {
        AuditQuery.Condition where = query.condition();
        jdbc.sql("select * from audit_event where " + where.sql() + " order by occurred_at, id").params(where.params())
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(MAPPER.mapRow(rs, 0)));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * What to write: the actor, the action and what it touched.
     *
     * @param childId the child whose record it was, or null outside a case
     */
    public record Entry(String actor, String actorRole, AuditAction action, AuditOutcome outcome, Long childId,
                        Long caseId, String section, String detail) {
    }

    /** Where the request came from: the client address and path, or the command line. */
    private record Where(String remoteAddress, String path) {
        static Where current() {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest request = attributes.getRequest();
                return new Where(request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI());
            }
            return new Where("local", "command line or background task");
        }
    }
}
