package org.rightbalance.child;

/** Sex as the CIN census records it since 2024/25. */
public enum Sex {
    M("Male"), F("Female"), U("Not known");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
