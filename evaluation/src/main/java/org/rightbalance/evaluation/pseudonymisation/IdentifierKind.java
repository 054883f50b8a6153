package org.rightbalance.evaluation.pseudonymisation;

/**
 * What an identifier names. The kind is hashed with the identifier, so the same text used as a person
 * id and as a referral id gets unrelated pseudonyms, and its prefix says what a pseudonym names.
 *
 * <p>The constant's name is what is hashed: renaming one changes every pseudonym of its kind and breaks
 * the linkage with earlier exports.
 */
public enum IdentifierKind {
    PERSON("P"),
    FAMILY("F"),
    REFERRAL("R"),
    CIN_PLAN("CINP"),
    CP_PLAN("CPP"),
    CARE_EPISODE("CLA");

    private final String prefix;

    IdentifierKind(String prefix) {
        this.prefix = prefix;
    }

    /** The pseudonym's prefix, e.g. {@code P} for {@code P-…}. */
    public String prefix() {
        return prefix;
    }
}
