package org.rightbalance.mentoring;

import org.rightbalance.access.Section;

import java.util.Set;

/** One session, for recording its outcome. */
public record SessionPage(long caseId, String childName, MentoringSession session, Set<Section> sections) {
}
