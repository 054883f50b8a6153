package org.rightbalance.systemic;

import org.rightbalance.child.NetworkMember;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The systemic discussions page of a case.
 *
 * @param newToReader   discussions the reader had not opened before this visit (now recorded as read)
 * @param professionals the professionals in the family's network, to choose who was present (only for
 *                      those who may record a discussion)
 */
public record SystemicPage(long caseId, String childName, List<SystemicDiscussion> discussions, Set<Long> newToReader,
                           List<NetworkMember> professionals, boolean mayChange, boolean consentGiven, LocalDate today) {

    public boolean isNew(SystemicDiscussion d) {
        return newToReader.contains(d.id());
    }
}
