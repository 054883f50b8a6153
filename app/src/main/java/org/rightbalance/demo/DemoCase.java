package org.rightbalance.demo;

/** A synthetic demo case as seeded, for features that add their own demo records to it. */
public record DemoCase(long caseId, long childId, long familyId, String key) {
}
