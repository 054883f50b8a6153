package org.rightbalance.admin;

import org.rightbalance.access.AccessPolicy;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditEvent;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditQuery;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.child.Child;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.util.function.ThrowingSupplier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The administrator's view of the audit trail, and its export as CSV (itself recorded as an export). */
@Service
public class AuditAdminService {

    public static final int PAGE_SIZE = 50;

    private final CaseAccess access;
    private final AuditTrail audit;
    private final ChildLookup children;

    public AuditAdminService(CaseAccess access, AuditTrail audit, ChildLookup children) {
        this.access = access;
        this.audit = audit;
        this.children = children;
    }

    /** One page of events matching the filter, newest first. The viewing is recorded. */
    public AuditPage search(StaffMember actor, AuditFilterForm filter) {
        access.requireRole(actor, AccessPolicy.mayAdminister(actor.role()), "audit trail");
        AuditQuery query = query(filter);
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.VIEW, AuditOutcome.ALLOWED,
                query.childId().filter(id -> id > 0).orElse(null), null, null, "audit trail viewed: " + describe(query)));
        long total = audit.count(query);
        int page = Math.max(1, filter.getPage());
        List<AuditEvent> events = audit.search(query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        return new AuditPage(events, total, page, (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** Writes every event matching the filter as CSV (oldest first), recording the export first. */
    public void exportCsv(StaffMember actor, AuditFilterForm filter, ThrowingSupplier<Writer> output) {
        access.requireRole(actor, AccessPolicy.mayAdminister(actor.role()), "audit trail export");
        AuditQuery query = query(filter);
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.EXPORT, AuditOutcome.ALLOWED,
                query.childId().filter(id -> id > 0).orElse(null), null, null, "audit trail exported as CSV: " + describe(query)));
        Writer out = output.get();
        try {
            out.write(Csv.row(List.of("id", "occurred_at", "actor", "actor_role", "action", "outcome", "child_id", "case_id",
                    "section", "detail", "remote_address", "request_path")));
            audit.forEach(query, e -> {
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(e.id()));
                cells.add(e.occurredAt().toString());
                cells.add(e.actor());
                cells.add(e.actorRole());
                cells.add(e.action().name());
                cells.add(e.outcome().name());
                cells.add(e.childId().map(String::valueOf).orElse(""));
                cells.add(e.caseId().map(String::valueOf).orElse(""));
                cells.add(e.section().orElse(""));
                cells.add(e.detail());
                cells.add(e.remoteAddress());
                cells.add(e.requestPath());
                try {
                    out.write(Csv.row(cells));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AuditQuery query(AuditFilterForm filter) {
        Optional<Long> childId = Optional.empty();
        if (filter.getChild() != null && !filter.getChild().isBlank()) {
            // An identifier that matches no child filters to nothing (id 0 never exists), not to everything.
            childId = Optional.of(children.find(filter.getChild()).map(Child::id).orElse(0L));
        }
        if (filter.getFrom() != null && filter.getTo() != null && filter.getTo().isBefore(filter.getFrom())) {
            throw new InvalidRequestException("to", "The end date must be the same as or after the start date");
        }
        return new AuditQuery(Optional.ofNullable(filter.getFrom()), Optional.ofNullable(filter.getTo()),
                Optional.ofNullable(filter.getActor()), childId, Optional.ofNullable(filter.getAction()),
                Optional.ofNullable(filter.getOutcome()));
    }

    private static String describe(AuditQuery q) {
        List<String> parts = new ArrayList<>();
        q.from().ifPresent(d -> parts.add("from " + d));
        q.to().ifPresent(d -> parts.add("to " + d));
        q.actor().ifPresent(a -> parts.add("actor " + a));
        q.childId().ifPresent(c -> parts.add("child " + c));
        q.action().ifPresent(a -> parts.add("action " + a));
        q.outcome().ifPresent(o -> parts.add("outcome " + o));
        return parts.isEmpty() ? "all events" : String.join(", ", parts);
    }

    /** One page of the audit trail viewer. */
    public record AuditPage(List<AuditEvent> events, long total, int page, int pages) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }
}
