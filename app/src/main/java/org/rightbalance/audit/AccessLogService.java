package org.rightbalance.audit;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.CaseRef;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Section;
import org.rightbalance.child.Child;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.staff.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

/**
 * "Who has looked at this child's record": the audit events about the child of a case, for the
 * managers the permission matrix gives {@link Section#ACCESS_LOG} to. Reading it is itself recorded.
 */
@Service
@Transactional(readOnly = true)
public class AccessLogService {

    /** The most recent events shown; the administrator's audit viewer has the rest. */
    public static final int LIMIT = 500;

    private final CaseAccess access;
    private final AuditTrail audit;
    private final ChildRepository children;

    public AccessLogService(CaseAccess access, AuditTrail audit, ChildRepository children) {
        this.access = access;
        this.audit = audit;
        this.children = children;
    }

    public AccessLog forCase(StaffMember actor, long caseId) {
        CaseRef ref = access.require(actor, caseId, Section.ACCESS_LOG, Operation.VIEW, "who has looked at this record");
        Child child = children.findById(ref.childId()).orElseThrow();
        return new AccessLog(caseId, child.fullName(), audit.forChild(ref.childId(), LIMIT),
                access.viewableSections(actor, caseId));
    }

    /**
     * @param sections the sections of the case the reader may see (for the case navigation)
     */
    public record AccessLog(long caseId, String childName, List<AuditEvent> events, Set<Section> sections) {
        public boolean truncated() {
            return events.size() >= LIMIT;
        }
    }
}
