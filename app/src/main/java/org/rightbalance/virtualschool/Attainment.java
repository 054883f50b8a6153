package org.rightbalance.virtualschool;

/** Attainment in a subject as the Virtual School records it (report, Tables 20 and 21). */
public enum Attainment {
    BELOW("Below expected"),
    EXPECTED("At or above expected");

    private final String label;

    Attainment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
