package org.rightbalance.audit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A filter over the audit trail, as an administrator sets it: a date range (inclusive, UTC days),
 * the actor, the child, the action and the outcome. Every part is optional. Values are always bound
 * as parameters, never written into the SQL.
 */
public record AuditQuery(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> actor,
                         Optional<Long> childId, Optional<AuditAction> action, Optional<AuditOutcome> outcome) {

    public AuditQuery {
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        actor = actor == null ? Optional.empty() : actor.map(String::strip).filter(a -> !a.isEmpty());
        childId = childId == null ? Optional.empty() : childId;
        action = action == null ? Optional.empty() : action;
        outcome = outcome == null ? Optional.empty() : outcome;
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("the end of the date range is before its start");
        }
    }

    public static AuditQuery everything() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The SQL condition (after {@code where}) and its parameters, in order. */
    Condition condition() {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        from.ifPresent(d -> {
            parts.add("occurred_at >= ?");
            params.add(d.atStartOfDay().atOffset(ZoneOffset.UTC));
        });
        to.ifPresent(d -> {
            parts.add("occurred_at < ?");
            params.add(d.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        });
        actor.ifPresent(a -> {
            parts.add("actor = ?");
            params.add(a);
        });
        childId.ifPresent(c -> {
            parts.add("child_id = ?");
            params.add(c);
        });
        action.ifPresent(a -> {
            parts.add("action = ?");
            params.add(a.name());
        });
        outcome.ifPresent(o -> {
            parts.add("outcome = ?");
            params.add(o.name());
        });
        return new Condition(parts.isEmpty() ? "1 = 1" : String.join(" and ", parts), List.copyOf(params));
    }

    record Condition(String sql, List<Object> params) {
    }
}
