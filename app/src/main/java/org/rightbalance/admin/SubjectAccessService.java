package org.rightbalance.admin;

import org.rightbalance.access.AccessPolicy;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditEvent;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.child.Child;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.util.function.ThrowingSupplier;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Subject access requests (UK GDPR article 15): everything held about one child, for an
 * administrator to review and release. Looking a child up and downloading the export are both
 * recorded against the child.
 */
@Service
@Transactional(readOnly = true)
public class SubjectAccessService {

    /** The most audit events a subject access export lists. */
    static final int ACCESS_LOG_LIMIT = 100_000;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final CaseAccess access;
    private final ChildLookup lookup;
    private final ChildRepository children;
    private final PersonalDataTables tables;
    private final AuditTrail audit;
    private final Clock clock;

    public SubjectAccessService(CaseAccess access, ChildLookup lookup, ChildRepository children, PersonalDataTables tables,
                                AuditTrail audit, Clock clock) {
        this.access = access;
        this.lookup = lookup;
        this.children = children;
        this.tables = tables;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is held about the child found by the identifier: the tables and how many rows each. */
    public Optional<Summary> find(StaffMember actor, String identifier) {
        requireAdministrator(actor);
        Optional<Child> child = lookup.find(identifier);
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.VIEW,
                child.isPresent() ? AuditOutcome.ALLOWED : AuditOutcome.DENIED, child.map(Child::id).orElse(null), null, null,
                "subject access request: looked up " + (child.isPresent() ? "child " + child.get().id() : "an unknown child")));
        return child.map(c -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            tables.rowsAbout(c.id()).forEach((table, rows) -> counts.put(table, rows.size()));
            return new Summary(c, counts, audit.forChild(c.id(), ACCESS_LOG_LIMIT).size());
        });
    }

    /** Writes the export of everything held about the child as JSON, recording the export first. */
    public void export(StaffMember actor, long childId, ThrowingSupplier<OutputStream> output) {
        requireAdministrator(actor);
        Child child = children.findById(childId).orElseThrow(() -> new RecordNotFoundException("child " + childId));
        List<AuditEvent> accessLog = audit.forChild(childId, ACCESS_LOG_LIMIT);
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.EXPORT, AuditOutcome.ALLOWED,
                childId, null, null, "subject access request: everything held about the child exported"));
        Map<String, Object> document = new LinkedHashMap<>();
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("councilChildId", child.councilChildId());
        about.put("internalId", child.id());
        about.put("generatedAt", Instant.now(clock).toString());
        about.put("generatedBy", actor.username());
        about.put("note", "Review before release: family and network rows may name third parties (UK GDPR art. 15(4)).");
        document.put("subjectAccessRequest", about);
        document.put("records", tables.rowsAbout(childId));
        document.put("whoHasAccessedThisRecord", accessLog.stream().map(SubjectAccessService::accessEntry).toList());
        JSON.writeValue(output.get(), document);
    }

    private static Map<String, Object> accessEntry(AuditEvent e) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("when", e.occurredAt().toString());
        entry.put("who", e.actor());
        entry.put("role", e.actorRole());
        entry.put("action", e.action().name());
        entry.put("outcome", e.outcome().name());
        entry.put("section", e.section().orElse(null));
        entry.put("what", e.detail());
        entry.put("from", e.remoteAddress());
        return entry;
    }

    /** Checks that the actor may make subject access requests at all (administrators only). */
    public void requireAdministrator(StaffMember actor) {
        access.requireRole(actor, AccessPolicy.mayAdminister(actor.role()), "subject access request");
    }

    /**
     * @param rowsByTable  the number of rows held about the child in each table
     * @param accessEvents how many audit events concern the child
     */
    public record Summary(Child child, Map<String, Integer> rowsByTable, int accessEvents) {
    }
}
