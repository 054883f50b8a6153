package org.rightbalance.virtualschool;

/** The three terms of an English school year, in order. */
public enum Term {
    AUTUMN("Autumn"),
    SPRING("Spring"),
    SUMMER("Summer");

    private final String label;

    Term(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
