package org.rightbalance.referral;

/** The allocated social worker's view of whether the programme is right for the child. */
public enum SocialWorkerView {
    APPROPRIATE("Appropriate"),
    NOT_APPROPRIATE("Not appropriate"),
    NOT_YET_ASKED("Not yet asked");

    private final String label;

    SocialWorkerView(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
