package org.rightbalance.evaluation.ssd;

/**
 * The rules an extract is checked against, each with a stable id used in findings, counts and
 * {@code docs/data-format.md}.
 */
public enum SsdRule {
    MISSING_FILE("missing-file", true, "a required file (ssd_person.csv, ssd_cin_episodes.csv) is not in the folder"),
    MISSING_COLUMN("missing-column", true, "the header lacks a required column, or the file has no header"),
    DUPLICATE_COLUMN("duplicate-column", true, "the header names a column twice"),
    NOT_UTF8("not-utf8", true, "the file is not UTF-8 text"),
    NOT_CSV("not-csv", true, "the file cannot be parsed as CSV (for example a field that never ends)"),
    WRONG_FIELD_COUNT("wrong-field-count", false, "a row has a different number of fields than the header"),
    MISSING_VALUE("missing-value", false, "a required value is empty"),
    BAD_DATE("bad-date", false, "a date is not a real date as yyyy-mm-dd, yyyy-mm-ddTHH:mm[:ss] or dd/mm/yyyy in 1900-2099"),
    BAD_CODE("bad-code", false, "a coded value is not in its code list"),
    DUPLICATE_ID("duplicate-id", false, "an identifier appears twice in its file, or a child is in two families"),
    UNKNOWN_PERSON("unknown-person", false, "a row names a person who is not in ssd_person.csv"),
    END_BEFORE_START("end-before-start", false, "an end, close or ceased date is before its start or referral date"),
    CLOSE_DATE_WITHOUT_REASON("close-date-without-reason", false, "a referral has a close date but no close reason"),
    CLOSE_REASON_WITHOUT_DATE("close-reason-without-date", false, "a referral has a close reason but no close date"),
    PLAN_REFERRAL_MISMATCH("plan-referral-mismatch", false,
            "a CIN plan's referral is not in ssd_cin_episodes.csv or belongs to another person"),
    PARTICIPATION_REFERRAL_MISMATCH("participation-referral-mismatch", false,
            "a participation row's referral is not in ssd_cin_episodes.csv or belongs to another person"),
    BAD_AGE("bad-age", false, "an age at referral is not a whole number of years from 0 to 125"),
    AGE_MISMATCH("age-mismatch", false,
            "a referral's age at referral disagrees with the child's date of birth"),
    /** Not a finding: a row dropped under DROP_AND_COUNT because a row it depends on was dropped. */
    DEPENDS_ON_DROPPED_ROW("depends-on-dropped-row", false,
            "(DROP_AND_COUNT only, not a finding) the row's person or referral was dropped");

    private final String id;
    private final boolean wholeFile;
    private final String description;

    SsdRule(String id, boolean wholeFile, String description) {
        this.id = id;
        this.wholeFile = wholeFile;
        this.description = description;
    }

    /** The stable id, e.g. {@code unknown-person}. */
    public String id() {
        return id;
    }

    /** True when the rule is about a whole file: such a finding fails the read under every policy. */
    public boolean wholeFile() {
        return wholeFile;
    }

    /** What the rule checks. */
    public String description() {
        return description;
    }
}
