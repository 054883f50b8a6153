package org.rightbalance.evaluation.importing.cin;

import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdCodes;
import org.rightbalance.evaluation.ssd.SsdExtract;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a DfE Children in Need census XML file (Years 2018 to 2026, i.e. 2017/18 to 2025/26) into SSD records,
 * streaming with StAX so that memory does not grow with the size of the file beyond the records it returns.
 *
 * <p>The parser is locked down: no DTDs, no external entities, no entity expansion (a DOCTYPE is refused),
 * and no run of more than {@link #DEFAULT_MAX_TEXT} characters without markup. The read is all or nothing:
 * any finding throws a {@link CinCensusException} carrying a {@link CinReport}; see {@code docs/cin-census.md}.
 */
public final class CinCensusReader {

    /** The longest element text, tag or attribute accepted, in bytes. */
    public static final int DEFAULT_MAX_TEXT = 64 * 1024;
    /** The deepest element nesting accepted. */
    public static final int MAX_DEPTH = 32;
    /** The DfE categories of abuse. */
    public static final List<String> CATEGORY_OF_ABUSE = List.of("NEG", "PHY", "SAB", "EMO", "MUL");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Set<String> SCOPES = Set.of("CollectionDetails", "Source", "ChildIdentifiers",
            "ChildCharacteristics", "CINdetails", "CINPlanDates", "ChildProtectionPlans", "PreProceedings",
            "FamilyGroupDecisionMaking");

    private final String file;
    private final int maxText;
    private final List<CinFinding> findings = new ArrayList<>();
    private final Map<String, Long> byRule = new LinkedHashMap<>();
    private long problems;

    /** Whether the records are kept ({@link #read}) or only counted ({@link #check}). */
    private final boolean keep;
    private final long[] counted = new long[4];
    private final List<Person> people = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();
    private final List<CinPlan> cinPlans = new ArrayList<>();
    private final List<ChildProtectionPlan> cpPlans = new ArrayList<>();
    private final List<PreProceedings> preProceedings = new ArrayList<>();
    private final List<FamilyGroupDecision> groupDecisions = new ArrayList<>();
    private final Set<String> childIds = new HashSet<>();
    /** Receives each child's records ({@link #stream}); null for {@link #read} and {@link #check}. */
    private ChildSink sink;
    private Person childPerson;
    private final List<Referral> childReferrals = new ArrayList<>();
    private final List<CinPlan> childCinPlans = new ArrayList<>();
    private final List<ChildProtectionPlan> childCpPlans = new ArrayList<>();

    private final Map<String, Val> header = new HashMap<>();
    private CinHeader parsedHeader;
    private Child child;
    private Details details;
    private Map<String, Val> scope;

    private CinCensusReader(String file, int maxText, boolean keep) {
        this.file = file;
        this.maxText = maxText;
        this.keep = keep;
    }

    /** Reads and checks {@code file}. */
    public static CinCensus read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads and checks a census from {@code in}; {@code fileName} names it in messages. */
    public static CinCensus read(InputStream in, String fileName) {
        return read(in, fileName, DEFAULT_MAX_TEXT);
    }

    /** As {@link #read(InputStream, String)} with a different text length limit (in bytes). */
    public static CinCensus read(InputStream in, String fileName, int maxTextLength) {
        if (maxTextLength < 16) {
            throw new IllegalArgumentException("maxTextLength must be at least 16");
        }
        return new CinCensusReader(fileName, maxTextLength, true).run(in);
    }

    /**
     * Checks {@code file} against every rule as {@link #read(Path)} does, but keeps no record: only the current child
     * (and the set of child ids, for {@code duplicate-child}) is held, so memory does not grow with the file. For
     * validating a return before importing it, and for measuring the reader's own cost.
     */
    public static CinCheck check(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return check(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #check(Path)} from a stream; {@code fileName} names it in messages. */
    public static CinCheck check(InputStream in, String fileName) {
        CinCensusReader reader = new CinCensusReader(fileName, DEFAULT_MAX_TEXT, false);
        CinHeader header = reader.run(in).header();
        long[] c = reader.counted;
        return new CinCheck(header, c[0], c[1], c[2], c[3]);
    }

    /**
     * Receives a census child by child ({@link #stream}): the records the child's {@code Child} element gives, once
     * every rule that looks at one child has been applied to it. A sink must not throw: the reader would report the
     * exception as a damaged file ({@code not-xml}).
     */
    @FunctionalInterface
    public interface ChildSink {
        /**
         * One child's records, in the order {@link #read} lists them.
         *
         * @param person    the child, null when the child gives no usable sex or date of birth (a finding was made)
         * @param referrals its referrals (CINdetails)
         * @param cinPlans  its CIN plans
         * @param cpPlans   its child protection plans
         */
        void child(Person person, List<Referral> referrals, List<CinPlan> cinPlans, List<ChildProtectionPlan> cpPlans);

        /** The file's header, once checked: before the first child (a file whose header fails never gets here). */
        default void header(CinHeader header) {
        }
    }

    /**
     * Checks {@code file} exactly as {@link #check(Path)} does (the same code applies the same rules and makes the
     * same findings) and hands each child's records to {@code sink} as soon as the child is checked, keeping none of
     * them. The sink is called only while the file has no finding so far; when the file has any, this throws the
     * {@link CinCensusException} {@link #read} would throw, after the sink may have seen the earlier children.
     */
    public static CinCheck stream(Path file, ChildSink sink) {
        java.util.Objects.requireNonNull(sink, "sink");
        try (InputStream in = Files.newInputStream(file)) {
            CinCensusReader reader = new CinCensusReader(file.getFileName().toString(), DEFAULT_MAX_TEXT, false);
            reader.sink = sink;
            CinHeader header = reader.run(in).header();
            long[] c = reader.counted;
            return new CinCheck(header, c[0], c[1], c[2], c[3]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private <T> void keep(List<T> list, T row, int kind) {
        counted[kind]++;
        if (keep) {
            list.add(row);
        }
        if (sink != null) {
            switch (kind) {
                case 0 -> childPerson = (Person) row;
                case 1 -> childReferrals.add((Referral) row);
                case 2 -> childCinPlans.add((CinPlan) row);
                default -> childCpPlans.add((ChildProtectionPlan) row);
            }
        }
    }

    /** The StAX factory with DTDs, external entities and entity replacement switched off. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // problems surface as exceptions with a line; the default reporter would also print them to stderr
        f.setXMLReporter((message, type, info, location) -> { });
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException e) {
            // the implementation does not know the property; the switches above already refuse DTDs
            return;
        }
    }

    // ---------------------------------------------------------------------------------------------- parsing

    private CinCensus run(InputStream raw) {
        BoundedInput in = new BoundedInput(new BufferedInputStream(raw, 8192), maxText);
        XMLStreamReader r = null;
        try {
            r = secureFactory().createXMLStreamReader(in);
            String declared = r.getCharacterEncodingScheme();
            if (declared != null && !declared.equalsIgnoreCase("UTF-8") && !declared.equalsIgnoreCase("UTF8")) {
                fatal(CinRule.NOT_UTF8, 1, "", "the XML declaration says encoding=\"" + declared
                        + "\"; save the file as UTF-8 and declare encoding=\"UTF-8\"");
            }
            parse(r);
        } catch (XMLStreamException e) {
            throw parseError(e, in);
        } catch (RuntimeException e) {
            if (e instanceof CinCensusException c) {
                throw c;
            }
            if (in.trippedAt() >= 0 || in.badUtf8At() >= 0) {
                throw parseError(new XMLStreamException(e.getMessage(), e), in);
            }
            throw fatalException(CinRule.NOT_XML, in.line(), "the XML parser failed (" + e.getClass().getSimpleName()
                    + "); check the file is a complete, well-formed CIN census XML file", e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // closing a reader that already failed: the first problem is the one reported
                }
            }
        }
        if (problems > 0) {
            throw new CinCensusException(report());
        }
        SsdExtract extract = new SsdExtract(people, List.of(), referrals, cinPlans, cpPlans, List.of(), List.of());
        return new CinCensus(parsedHeader, extract, preProceedings, groupDecisions);
    }

    private CinCensusException parseError(XMLStreamException e, BoundedInput in) {
        if (in.badUtf8At() >= 0) {
            return fatalException(CinRule.NOT_UTF8, in.badUtf8At(), "the file is not valid UTF-8 (e.g. saved as "
                    + "Windows-1252 by Excel); save it as UTF-8", e);
        }
        if (in.trippedAt() >= 0) {
            return fatalException(CinRule.TOO_LONG, in.trippedAt(), "an element's text, a tag or an attribute is longer "
                        + "than " + maxText + " characters; CIN census values are short: check the file was exported "
                        + "correctly", e);
        }
        long line = e.getLocation() != null && e.getLocation().getLineNumber() > 0
                ? e.getLocation().getLineNumber() : in.line();
        String msg = String.valueOf(e.getMessage());
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("utf-8") || lower.contains("byte") && lower.contains("sequence")) {
            return fatalException(CinRule.NOT_UTF8, line, "the file is not valid UTF-8 (e.g. saved as Windows-1252); "
                    + "save it as UTF-8", e);
        }
        if (lower.contains("entity") && (lower.contains("referenced") || lower.contains("declared"))
                || lower.contains("doctype") || lower.contains("dtd")) {
            return fatalException(CinRule.DOCTYPE, line, "entities and DTDs are not allowed in a CIN census file; "
                    + "remove the DOCTYPE and any &name; references", e);
        }
        return fatalException(CinRule.NOT_XML, line, "the file is not well-formed XML (" + firstLine(msg)
                + "); it may be truncated: export it again", e);
    }

    private static String firstLine(String msg) {
        String m = msg.replaceAll("\\s+", " ").strip();
        int i = m.indexOf("Message: ");
        if (i >= 0) {
            m = m.substring(i + "Message: ".length());
        }
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private void parse(XMLStreamReader r) throws XMLStreamException {
        List<String> path = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean sawRoot = false;
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION,
                        XMLStreamConstants.NOTATION_DECLARATION -> fatal(CinRule.DOCTYPE, line(r), "",
                        "a DOCTYPE or DTD is not allowed in a CIN census file (it can hide an XML bomb or an "
                                + "external entity); remove it");
                case XMLStreamConstants.ENTITY_REFERENCE -> fatal(CinRule.DOCTYPE, line(r), "",
                        "the entity reference &" + r.getLocalName() + "; is not allowed; write the text itself");
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = r.getLocalName();
                    if (!sawRoot) {
                        sawRoot = true;
                        if (!name.equals("Message")) {
                            fatal(CinRule.WRONG_ROOT, line(r), name, "the root element is <" + name
                                    + ">, not <Message>: this is not a CIN census file");
                        }
                    }
                    path.add(name);
                    if (path.size() > MAX_DEPTH) {
                        fatal(CinRule.TOO_DEEP, line(r), name, "elements are nested more than " + MAX_DEPTH
                                + " deep; a CIN census file is not");
                    }
                    text.setLength(0);
                    start(name, path, line(r));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + r.getTextLength() > maxText) {
                        fatal(CinRule.TOO_LONG, line(r), path.isEmpty() ? "" : path.get(path.size() - 1),
                                "the element's text is longer than " + maxText + " characters; check the export");
                    }
                    text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String name = r.getLocalName();
                    String parent = path.size() >= 2 ? path.get(path.size() - 2) : "";
                    end(name, parent, text.toString().strip(), line(r));
                    path.remove(path.size() - 1);
                    text.setLength(0);
                }
                default -> {
                    // comments, processing instructions and the end of the document carry nothing
                }
            }
        }
        if (!sawRoot) {
            fatal(CinRule.NOT_XML, 1, "", "the file has no elements; export the CIN census XML again");
        }
        if (parsedHeader == null) {
            fatal(CinRule.UNSUPPORTED_YEAR, 1, "Header", "the file has no Header with CollectionDetails; "
                    + "add <Header><CollectionDetails><Collection>CIN</Collection><Year>…</Year>");
        }
    }

    private static long line(XMLStreamReader r) {
        return r.getLocation() == null ? 0 : Math.max(0, r.getLocation().getLineNumber());
    }

    private void start(String name, List<String> path, long line) {
        switch (name) {
            case "Children" -> checkHeader(line);
            case "Child" -> {
                checkHeader(line);
                child = new Child(line);
            }
            case "CINdetails" -> {
                if (child != null) {
                    details = new Details(line);
                    child.details.add(details);
                }
            }
            case "CINPlanDates" -> {
                if (details != null) {
                    scope = new HashMap<>();
                    scope.put("@line", new Val("", line));
                    details.cinPlans.add(scope);
                }
            }
            case "ChildProtectionPlans" -> {
                if (details != null) {
                    scope = new HashMap<>();
                    scope.put("@line", new Val("", line));
                    details.cpPlans.add(scope);
                }
            }
            case "PreProceedings" -> {
                if (details != null) {
                    scope = new HashMap<>();
                    scope.put("@line", new Val("", line));
                    details.preProceedings.add(scope);
                }
            }
            case "FamilyGroupDecisionMaking" -> {
                if (details != null) {
                    scope = new HashMap<>();
                    scope.put("@line", new Val("", line));
                    details.groupDecisions.add(scope);
                }
            }
            default -> {
                // leaves and containers we do not read need no set-up
            }
        }
    }

    private void end(String name, String parent, String value, long line) {
        switch (name) {
            case "Child" -> {
                if (child != null) {
                    finishChild(child);
                }
                child = null;
                details = null;
                scope = null;
                return;
            }
            case "CINdetails" -> {
                details = null;
                scope = null;
                return;
            }
            case "CINPlanDates", "ChildProtectionPlans", "PreProceedings", "FamilyGroupDecisionMaking" -> {
                scope = null;
                return;
            }
            default -> {
                // a leaf: stored below when its parent is one we read
            }
        }
        if (!SCOPES.contains(parent)) {
            return;
        }
        Val v = new Val(value, line);
        switch (parent) {
            case "CollectionDetails", "Source" -> header.putIfAbsent(name, v);
            case "ChildIdentifiers", "ChildCharacteristics" -> {
                if (child != null) {
                    child.fields.putIfAbsent(name, v);
                }
            }
            case "CINdetails" -> {
                if (details != null) {
                    details.fields.putIfAbsent(name, v);
                }
            }
            default -> {
                if (scope != null) {
                    scope.putIfAbsent(name, v);
                }
            }
        }
    }

    private void checkHeader(long line) {
        if (parsedHeader != null) {
            return;
        }
        Val collection = header.get("Collection");
        if (collection == null || !collection.text.equalsIgnoreCase("CIN")) {
            fatal(CinRule.NOT_CIN, collection == null ? line : collection.line, "Collection",
                    collection == null ? "the Header has no <Collection>; a CIN census file has "
                            + "<Header><CollectionDetails><Collection>CIN</Collection>"
                            : "the Collection is '" + collection.text + "', not CIN: this is not a CIN census file");
        }
        Val year = header.get("Year");
        int y = -1;
        if (year != null && year.text.matches("\\d{4}")) {
            y = Integer.parseInt(year.text);
        }
        if (y < CinHeader.FIRST_YEAR || y > CinHeader.LAST_YEAR) {
            fatal(CinRule.UNSUPPORTED_YEAR, year == null ? line : year.line, "Year", (year == null
                    ? "the Header has no <Year>" : "the census Year '" + year.text + "' is not supported")
                    + "; this reader supports Years " + CinHeader.FIRST_YEAR + " to " + CinHeader.LAST_YEAR
                    + " (2017/18 to 2025/26)");
        }
        LocalDate reference = null;
        Val ref = header.get("ReferenceDate");
        if (ref != null && !ref.text.isEmpty()) {
            reference = date(ref, "", "ReferenceDate");
        }
        parsedHeader = new CinHeader("CIN", y, reference, text("SourceLevel"), text("LEA"), text("SoftwareCode"),
                text("Release"), text("SerialNo"), text("DateTime"));
        if (sink != null && problems == 0) {
            sink.header(parsedHeader);
        }
    }

    private String text(String name) {
        Val v = header.get(name);
        return v == null ? "" : v.text;
    }

    // ---------------------------------------------------------------------------------------------- checking

    private void finishChild(Child c) {
        checkChild(c);
        if (sink != null) {
            if (problems == 0 && (childPerson != null || !childReferrals.isEmpty())) {
                sink.child(childPerson, List.copyOf(childReferrals), List.copyOf(childCinPlans),
                        List.copyOf(childCpPlans));
            }
            childPerson = null;
            childReferrals.clear();
            childCinPlans.clear();
            childCpPlans.clear();
        }
    }

    private void checkChild(Child c) {
        Val idVal = c.fields.get("LAchildID");
        if (idVal == null || idVal.text.isEmpty()) {
            add(CinRule.MISSING_ELEMENT, c.line, "", "LAchildID", "the Child has no LAchildID; give every child "
                    + "the council's identifier");
            return;
        }
        String id = idVal.text;
        if (!childIds.add(id)) {
            add(CinRule.DUPLICATE_CHILD, idVal.line, id, "LAchildID", "LAchildID " + id + " is on more than one "
                    + "Child; merge the children's CINdetails into one Child");
            return;
        }
        int year = parsedHeader.year();
        Sex sex = sex(c, id, year);
        LocalDate dob = null;
        Val birth = c.fields.get("PersonBirthDate");
        Val expected = c.fields.get("ExpectedPersonBirthDate");
        if (birth != null && !birth.text.isEmpty()) {
            dob = date(birth, id, "PersonBirthDate");
        } else if (expected != null && !expected.text.isEmpty()) {
            dob = date(expected, id, "ExpectedPersonBirthDate");
        } else {
            add(CinRule.MISSING_ELEMENT, c.line, id, "PersonBirthDate", "the child has neither PersonBirthDate nor "
                    + "ExpectedPersonBirthDate; add one");
        }
        String ethnicity = code(c.fields.get("Ethnicity"), id, "Ethnicity", SsdCodes.ETHNICITY);
        if (sex != null && dob != null) {
            keep(people, new Person(id, sex, ethnicity, dob, ""), 0);
        }

        List<Span> episodes = new ArrayList<>();
        List<Span> cin = new ArrayList<>();
        List<Span> cp = new ArrayList<>();
        Set<LocalDate> referralDates = new HashSet<>();
        for (Details d : c.details) {
            Val refVal = d.fields.get("CINreferralDate");
            if (refVal == null || refVal.text.isEmpty()) {
                add(CinRule.MISSING_ELEMENT, d.line, id, "CINreferralDate", "the CINdetails has no CINreferralDate; "
                        + "add the date the referral was received");
                continue;
            }
            LocalDate referred = date(refVal, id, "CINreferralDate");
            if (referred == null) {
                continue;
            }
            if (!referralDates.add(referred)) {
                add(CinRule.DUPLICATE_REFERRAL, refVal.line, id, "CINreferralDate", "the child has two CINdetails "
                        + "with referral date " + referred + "; merge them or correct one date");
                continue;
            }
            String referralId = id + "/" + referred;
            String need = code(d.fields.get("PrimaryNeedCode"), id, "PrimaryNeedCode", SsdCodes.PRIMARY_NEED);
            String source = code(d.fields.get("ReferralSource"), id, "ReferralSource", SsdCodes.REFERRAL_SOURCE);
            String reason = code(d.fields.get("ReasonForClosure"), id, "ReasonForClosure", SsdCodes.CLOSE_REASON);
            Val closeVal = d.fields.get("CINclosureDate");
            LocalDate closed = closeVal == null || closeVal.text.isEmpty() ? null : date(closeVal, id,
                    "CINclosureDate");
            Val reasonVal = d.fields.get("ReasonForClosure");
            boolean hasClose = closeVal != null && !closeVal.text.isEmpty();
            boolean hasReason = reasonVal != null && !reasonVal.text.isEmpty();
            if (hasClose != hasReason) {
                Val at = hasClose ? closeVal : reasonVal;
                add(CinRule.CLOSURE_INCOMPLETE, at.line, id, hasClose ? "ReasonForClosure" : "CINclosureDate",
                        hasClose ? "the episode has a CINclosureDate but no ReasonForClosure; add the reason (RC1-RC9)"
                                : "the episode has a ReasonForClosure but no CINclosureDate; add the closure date");
            }
            if (closed != null && closed.isBefore(referred)) {
                add(CinRule.END_BEFORE_START, closeVal.line, id, "CINclosureDate", "CINclosureDate " + closed
                        + " is before CINreferralDate " + referred + "; correct one of them");
            }
            if (hasClose && closed == null) {
                continue;
            }
            keep(referrals, new Referral(referralId, id, referred, need, source, closed, hasClose ? reason : ""), 1);
            episodes.add(new Span(referred, closed, refVal.line, "CINreferralDate"));

            int n = 0;
            for (Map<String, Val> p : d.cinPlans) {
                n++;
                Span s = plan(p, id, "CINPlanStartDate", "CINPlanEndDate", referred, closed);
                if (s != null) {
                    cin.add(s);
                    keep(cinPlans, new CinPlan(referralId + "/CIN/" + s.start, referralId, id, s.start, s.end), 2);
                }
            }
            n = 0;
            for (Map<String, Val> p : d.cpPlans) {
                n++;
                code(p.get("InitialCategoryOfAbuse"), id, "InitialCategoryOfAbuse", CATEGORY_OF_ABUSE);
                code(p.get("LatestCategoryOfAbuse"), id, "LatestCategoryOfAbuse", CATEGORY_OF_ABUSE);
                Span s = plan(p, id, "CPPstartDate", "CPPendDate", referred, closed);
                if (s != null) {
                    cp.add(s);
                    keep(cpPlans, new ChildProtectionPlan(referralId + "/CP/" + s.start, id, s.start, s.end), 3);
                }
            }
            for (Map<String, Val> p : d.preProceedings) {
                Span s = plan(p, id, "PreProceedingsStartDate", "PreProceedingsEndDate", referred, closed);
                if (s != null) {
                    if (keep) {
                        preProceedings.add(new PreProceedings(referralId, id, s.start, s.end));
                    }
                }
            }
            for (Map<String, Val> p : d.groupDecisions) {
                Span s = plan(p, id, "FGDMOfferedDate", "FGDMDate", referred, null);
                if (s != null) {
                    if (keep) {
                        groupDecisions.add(new FamilyGroupDecision(referralId, id, s.start, s.end));
                    }
                }
            }
        }
        overlaps(episodes, id, CinRule.OVERLAPPING_EPISODES, CinRule.SEVERAL_OPEN_EPISODES, "CIN episode",
                "close the earlier episode (CINclosureDate) before the next referral");
        overlaps(cin, id, CinRule.OVERLAPPING_CIN_PLANS, CinRule.SEVERAL_OPEN_CIN_PLANS, "CIN plan",
                "end the earlier CIN plan before the next starts");
        overlaps(cp, id, CinRule.OVERLAPPING_CP_PLANS, CinRule.OVERLAPPING_CP_PLANS, "CP plan",
                "end the earlier CP plan before the next starts");
        for (Span a : cin) {
            for (Span b : cp) {
                if (a.start.isBefore(b.endOrMax()) && b.start.isBefore(a.endOrMax())) {
                    add(CinRule.CIN_PLAN_DURING_CP_PLAN, a.line, id, "CINPlanStartDate", "the CIN plan from "
                            + a.start + " runs at the same time as the CP plan from " + b.start + "; a child on a CP "
                            + "plan cannot also be on a CIN plan: end the CIN plan when the CP plan starts");
                }
            }
        }
    }

    private Sex sex(Child c, String id, int year) {
        Val gender = c.fields.get("GenderCurrent");
        Val sexVal = c.fields.get("Sex");
        if (year < CinHeader.FIRST_SEX_YEAR) {
            if (sexVal != null) {
                add(CinRule.GENDER_FOR_YEAR, sexVal.line, id, "Sex", "Sex is used from 2024/25; a "
                        + parsedHeader.collectionYear() + " census records GenderCurrent (1, 2, 0 or 9)");
            }
            if (gender == null || gender.text.isEmpty()) {
                add(CinRule.MISSING_ELEMENT, c.line, id, "GenderCurrent", "the child has no GenderCurrent; add 1 "
                        + "(male), 2 (female), 0 (not known) or 9 (not specified)");
                return null;
            }
            switch (gender.text) {
                case "1":
                    return Sex.MALE;
                case "2":
                    return Sex.FEMALE;
                case "0", "9":
                    return Sex.UNKNOWN;
                default:
                    add(CinRule.BAD_CODE, gender.line, id, "GenderCurrent", "GenderCurrent '" + gender.text
                            + "' is not 1, 2, 0 or 9; correct it");
                    return null;
            }
        }
        if (gender != null) {
            add(CinRule.GENDER_FOR_YEAR, gender.line, id, "GenderCurrent", "GenderCurrent was replaced by Sex "
                    + "(M, F or U) from 2024/25; a " + parsedHeader.collectionYear() + " census records Sex");
        }
        if (sexVal == null || sexVal.text.isEmpty()) {
            add(CinRule.MISSING_ELEMENT, c.line, id, "Sex", "the child has no Sex; add M, F or U");
            return null;
        }
        Sex s = Sex.fromCode(sexVal.text).orElse(null);
        if (s == null) {
            add(CinRule.BAD_CODE, sexVal.line, id, "Sex", "Sex '" + sexVal.text + "' is not M, F or U; correct it");
        }
        return s;
    }

    private Span plan(Map<String, Val> p, String id, String startName, String endName, LocalDate referred,
                      LocalDate closed) {
        long line = p.get("@line").line;
        Val startVal = p.get(startName);
        if (startVal == null || startVal.text.isEmpty()) {
            add(CinRule.MISSING_ELEMENT, line, id, startName, "the " + startName + " is missing; add it");
            return null;
        }
        LocalDate start = date(startVal, id, startName);
        Val endVal = p.get(endName);
        LocalDate end = endVal == null || endVal.text.isEmpty() ? null : date(endVal, id, endName);
        if (start == null || endVal != null && !endVal.text.isEmpty() && end == null) {
            return null;
        }
        boolean ok = true;
        if (end != null && end.isBefore(start)) {
            add(CinRule.END_BEFORE_START, endVal.line, id, endName, endName + " " + end + " is before " + startName
                    + " " + start + "; correct one of them");
            ok = false;
        }
        if (start.isBefore(referred)) {
            add(CinRule.PLAN_BEFORE_REFERRAL, startVal.line, id, startName, startName + " " + start + " is before the "
                    + "episode's CINreferralDate " + referred + "; put the plan under the right CINdetails or correct "
                    + "the date");
            ok = false;
        }
        if (closed != null && (end == null || end.isAfter(closed))) {
            add(CinRule.PLAN_AFTER_CLOSURE, end == null ? startVal.line : endVal.line, id, endName, (end == null
                    ? "the plan has no " + endName : endName + " " + end + " is after") + " but the episode closed on "
                    + closed + "; end the plan on or before the closure");
            ok = false;
        }
        return ok ? new Span(start, end, startVal.line, startName) : null;
    }

    private void overlaps(List<Span> spans, String id, CinRule overlap, CinRule severalOpen, String what,
                          String fix) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort((a, b) -> a.start.compareTo(b.start));
        List<Span> open = sorted.stream().filter(s -> s.end == null).toList();
        if (open.size() > 1) {
            add(severalOpen, open.get(1).line, id, open.get(1).element, "the child has " + open.size() + " open "
                    + what + "s (starting " + open.get(0).start + " and " + open.get(1).start + "); " + fix);
        }
        for (int i = 1; i < sorted.size(); i++) {
            Span a = sorted.get(i - 1);
            Span b = sorted.get(i);
            if (a.end != null && b.start.isBefore(a.end)) {
                add(overlap, b.line, id, b.element, "the " + what + " from " + b.start + " starts before the one from "
                        + a.start + " ends (" + a.end + "); " + fix);
            }
        }
    }

    private String code(Val v, String id, String element, List<String> codes) {
        if (v == null || v.text.isEmpty()) {
            return "";
        }
        for (String c : codes) {
            if (c.equalsIgnoreCase(v.text)) {
                return c;
            }
        }
        String shown = v.text.length() > 40 ? v.text.substring(0, 40) + "…" : v.text;
        add(CinRule.BAD_CODE, v.line, id, element, element + " '" + shown + "' is not a DfE code; use one of "
                + String.join(" ", codes));
        return "";
    }

    private LocalDate date(Val v, String id, String element) {
        LocalDate d = parseDate(v.text);
        if (d != null) {
            return d;
        }
        String shown = v.text.length() > 40 ? v.text.substring(0, 40) + "…" : v.text;
        add(CinRule.BAD_DATE, v.line, id, element, element + " '" + shown + "' is not a date written yyyy-mm-dd "
                + "between 1900 and 2099; correct it");
        return null;
    }

    /** A yyyy-mm-dd date from 1900 to 2099, or {@code null}. */
    private static LocalDate parseDate(String text) {
        if (!DATE.matcher(text).matches()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text);
            return d.getYear() >= 1900 && d.getYear() <= 2099 ? d : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void add(CinRule rule, long line, String id, String element, String message) {
        problems++;
        byRule.merge(rule.id(), 1L, Long::sum);
        if (findings.size() < CinReport.STORED_FINDINGS) {
            findings.add(new CinFinding(file, line, id, element, rule.id(), message));
        }
    }

    private void fatal(CinRule rule, long line, String element, String message) {
        throw fatalException(rule, line, element, message, null);
    }

    private CinCensusException fatalException(CinRule rule, long line, String message, Throwable cause) {
        return fatalException(rule, line, "", message, cause);
    }

    private CinCensusException fatalException(CinRule rule, long line, String element, String message,
                                              Throwable cause) {
        add(rule, line, child == null || child.fields.get("LAchildID") == null ? ""
                : child.fields.get("LAchildID").text, element, message);
        return cause == null ? new CinCensusException(report()) : new CinCensusException(report(), cause);
    }

    private CinReport report() {
        return new CinReport(file, problems, byRule, findings);
    }

    // ---------------------------------------------------------------------------------------------- state

    private record Val(String text, long line) {
    }

    private record Span(LocalDate start, LocalDate end, long line, String element) {
        LocalDate endOrMax() {
            return end == null ? LocalDate.MAX : end;
        }
    }

    private static final class Child {
        final long line;
        final Map<String, Val> fields = new HashMap<>();
        final List<Details> details = new ArrayList<>();

        Child(long line) {
            this.line = line;
        }
    }

    private static final class Details {
        final long line;
        final Map<String, Val> fields = new HashMap<>();
        final List<Map<String, Val>> cinPlans = new ArrayList<>();
        final List<Map<String, Val>> cpPlans = new ArrayList<>();
        final List<Map<String, Val>> preProceedings = new ArrayList<>();
        final List<Map<String, Val>> groupDecisions = new ArrayList<>();

        Details(long line) {
            this.line = line;
        }
    }
}
