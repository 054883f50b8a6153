package org.rightbalance.evaluation.importing.cin;

/** The checks {@link CinCensusReader} makes; ids are stable. Whole-file rules stop the read at once. */
public enum CinRule {
    NOT_XML("not-xml", true, "the file is not well-formed XML (e.g. truncated)"),
    NOT_UTF8("not-utf8", true, "the file is not UTF-8 encoded"),
    DOCTYPE("doctype-not-allowed", true, "a DOCTYPE, DTD or entity declaration (e.g. an XML bomb or external entity)"),
    TOO_LONG("text-too-long", true, "an element's text, a tag or an attribute is longer than the limit"),
    TOO_DEEP("too-deep", true, "elements nested deeper than the limit"),
    WRONG_ROOT("wrong-root", true, "the root element is not Message"),
    NOT_CIN("not-cin", true, "the header's Collection is not CIN"),
    UNSUPPORTED_YEAR("unsupported-year", true, "the header's Year is missing or outside 2018-2026"),
    MISSING_ELEMENT("missing-element", false, "a required element is absent or empty"),
    BAD_DATE("bad-date", false, "a date is not yyyy-mm-dd"),
    BAD_CODE("bad-code", false, "a value is not in the DfE code list for its element"),
    GENDER_FOR_YEAR("gender-element-for-year", false, "GenderCurrent after 2023/24 or Sex before 2024/25"),
    DUPLICATE_CHILD("duplicate-child", false, "the same LAchildID on two Child elements"),
    DUPLICATE_REFERRAL("duplicate-referral", false, "two CINdetails of a child with the same referral date"),
    CLOSURE_INCOMPLETE("closure-incomplete", false, "CINclosureDate without ReasonForClosure or the reverse"),
    END_BEFORE_START("end-before-start", false, "an end or closure date before its start or referral date"),
    PLAN_BEFORE_REFERRAL("plan-before-referral", false, "a CIN or CP plan starting before its referral date"),
    PLAN_AFTER_CLOSURE("plan-after-closure", false, "a plan ending after (or open past) its episode's closure"),
    OVERLAPPING_CIN_PLANS("overlapping-cin-plans", false, "two CIN plans of a child overlapping in time"),
    SEVERAL_OPEN_CIN_PLANS("several-open-cin-plans", false, "more than one open CIN plan for a child"),
    OVERLAPPING_CP_PLANS("overlapping-cp-plans", false, "two CP plans of a child overlapping in time"),
    CIN_PLAN_DURING_CP_PLAN("cin-plan-during-cp-plan", false, "a CIN plan running at the same time as a CP plan"),
    OVERLAPPING_EPISODES("overlapping-episodes", false, "two CIN episodes of a child overlapping in time"),
    SEVERAL_OPEN_EPISODES("several-open-episodes", false, "more than one open CIN episode for a child");

    private final String id;
    private final boolean wholeFile;
    private final String description;

    CinRule(String id, boolean wholeFile, String description) {
        this.id = id;
        this.wholeFile = wholeFile;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public boolean wholeFile() {
        return wholeFile;
    }

    public String description() {
        return description;
    }
}
