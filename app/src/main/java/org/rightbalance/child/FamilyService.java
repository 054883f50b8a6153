package org.rightbalance.child;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Section;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.casework.ProgrammeCase;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.system.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family and its network: relatives and friends the family may invite to its conference, and
 * the professionals around the child.
 */
@Service
@Transactional
public class FamilyService {

    private final CaseAccess access;
    private final CaseRepository cases;
    private final ChildRepository children;

    public FamilyService(CaseAccess access, CaseRepository cases, ChildRepository children) {
        this.access = access;
        this.cases = cases;
        this.children = children;
    }

    @Transactional(readOnly = true)
    public FamilyView view(StaffMember actor, long caseId) {
        access.require(actor, caseId, Section.FAMILY_NETWORK, Operation.VIEW, "family and network");
        ProgrammeCase c = cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
        Child child = children.findById(c.childId()).orElseThrow();
        Family family = children.findFamily(child.familyId()).orElseThrow();
        return new FamilyView(caseId, child, family, children.network(family.id()),
                access.can(actor, caseId, Section.FAMILY_NETWORK, Operation.CHANGE), access.viewableSections(actor, caseId));
    }

    /** Adds someone to the family's network; returns their id. */
    public long addMember(StaffMember actor, long caseId, NetworkMemberForm form) {
        access.require(actor, caseId, Section.FAMILY_NETWORK, Operation.CHANGE, "add network member");
        ProgrammeCase c = cases.findById(caseId).orElseThrow(() -> new RecordNotFoundException("case " + caseId));
        Child child = children.findById(c.childId()).orElseThrow();
        String organisation = blankToNull(form.getOrganisation());
        if (form.getKind() == NetworkMember.Kind.PROFESSIONAL && organisation == null) {
            throw new InvalidRequestException("organisation", "Enter the professional's organisation");
        }
        if (form.getKind() == NetworkMember.Kind.PROFESSIONAL && form.isMainCarer()) {
            throw new InvalidRequestException("mainCarer", "A professional cannot be the child's main carer");
        }
        return children.addNetworkMember(child.familyId(), form.getName().trim(), form.getRelationship().trim(),
                form.getKind(), organisation, blankToNull(form.getContact()), form.isMainCarer());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
