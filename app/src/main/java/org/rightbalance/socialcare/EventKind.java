package org.rightbalance.socialcare;

/** The kinds of dated social care record the events page keeps, with their path segment and name. */
public enum EventKind {
    REFERRAL("referrals", "Referral to children's social care"),
    CIN_PLAN("cin-plans", "Child in need plan"),
    CP_PLAN("cp-plans", "Child protection plan"),
    CARE_PERIOD("care-periods", "Period looked after");

    private final String path;
    private final String label;

    EventKind(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public static EventKind fromPath(String path) {
        for (EventKind k : values()) {
            if (k.path.equals(path)) {
                return k;
            }
        }
        throw new org.rightbalance.system.RecordNotFoundException("event kind " + path);
    }
}
