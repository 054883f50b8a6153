package org.rightbalance.casework;

import org.rightbalance.access.Section;

/** Where each section of a case lives in the web application: one page per section. */
public final class CasePaths {

    private CasePaths() {
    }

    public static String of(long caseId, Section section) {
        String base = "/cases/" + caseId;
        return switch (section) {
            case CASE_SUMMARY -> base;
            case FAMILY_NETWORK -> base + "/family";
            case REFERRAL -> base + "/referral";
            case CONSENT -> base + "/consent";
            case CONFERENCE -> base + "/conference";
            case SYSTEMIC_DISCUSSION -> base + "/systemic-discussions";
            case MENTORING -> base + "/mentoring";
            case VIRTUAL_SCHOOL -> base + "/virtual-school";
            case SOCIAL_CARE_EVENTS -> base + "/events";
            case CLOSURE -> base + "/closure";
            case ACCESS_LOG -> base + "/access-log";
        };
    }
}
