package org.rightbalance.evaluation.importing.ssda903;

/** The rules an SSDA903 return is checked against (see {@code docs/ssda903.md}); a merge has {@code MergeRule}. */
public enum Ssda903Rule {
    MISSING_FILE("missing-file", "a required table (Header, Episodes) or the XML file is not there"),
    MISSING_COLUMN("missing-column", "a CSV table's header lacks a required column, or the table is empty"),
    NOT_CSV("not-csv", "a table cannot be read as UTF-8 CSV"),
    NOT_XML("not-xml", "the XML file is not well-formed, not UTF-8, has another root than EXPSSDA903, or breaks the CHILD/HEADER/EPISODE layout"),
    XML_DTD("xml-dtd", "the XML file has a DOCTYPE or an entity reference; DTDs and entities are refused"),
    WRONG_FIELD_COUNT("wrong-field-count", "a CSV row has a different number of fields than the header"),
    MISSING_VALUE("missing-value", "a required value is empty, or DEC and REC do not come together"),
    BAD_DATE("bad-date", "a date is not a real date as dd/mm/yyyy (or yyyy-mm-dd) in 1900-2099"),
    BAD_CODE("bad-code", "a coded value (SEX, ETHNIC, RNE, LS, CIN, REC, MOTHER) is not in its code list"),
    DUPLICATE_CHILD("duplicate-child", "a child appears twice in Header"),
    UNKNOWN_CHILD("unknown-child", "an episode's CHILD is not in Header"),
    DEC_BEFORE_DECOM("dec-before-decom", "an episode ceases (DEC) before it commenced (DECOM)"),
    OVERLAPPING_EPISODES("overlapping-episodes", "an episode commences before the child's previous episode ceased"),
    MORE_THAN_ONE_OPEN_EPISODE("more-than-one-open-episode", "a child has more than one episode without DEC"),
    CHAIN_BREAK("chain-break", "an episode after an X1 episode does not start on its DEC with RNE other than S, "
            + "or an episode with RNE other than S does not follow an X1 episode");

    private final String id;
    private final String description;

    Ssda903Rule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The stable id used in findings, e.g. {@code overlapping-episodes}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
