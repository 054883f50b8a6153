package org.rightbalance.evaluation.importing.ssda903;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.rightbalance.evaluation.ssd.FileReport;
import org.rightbalance.evaluation.ssd.Finding;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdCodes;
import org.rightbalance.evaluation.ssd.SsdDates;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.ssd.ValidationReport;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads an SSDA903 return (looked-after children) from its CSV tables or its XML form, checks it against
 * {@link Ssda903Rule} and returns it, or throws an {@link InvalidExtractException} whose one-line message
 * names the file, line, child and rule of the first problem and whose report holds every finding.
 *
 * <p>CSV: {@code Header} (CHILD, SEX, DOB, ETHNIC, UPN, MOTHER, MC_DOB) and {@code Episodes} (CHILD,
 * DECOM, RNE, LS, CIN, PLACE, PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, HOME_POST, PL_POST, URN);
 * column names any case, other columns ignored. XML: {@code EXPSSDA903/CHILD/HEADER} (CHILDID, SEX, DOB,
 * ETHNIC, ...) and {@code EXPSSDA903/CHILD/EPISODE} (DECOM, RNE, LS, CIN, PL, ...), streamed with StAX
 * with DTDs, external entities and entity references refused. See {@code docs/ssda903.md}.
 */
public final class Ssda903Reader {

    /** The CSV table names looked up in a folder ({@code .csv} files, name any case). */
    public static final String HEADER = "Header";
    public static final String EPISODES = "Episodes";

    static final List<String> HEADER_REQUIRED = List.of("CHILD", "SEX", "DOB");
    static final List<String> EPISODES_REQUIRED = List.of("CHILD", "DECOM", "RNE", "DEC", "REC");

    static final Set<String> RNE = Set.of("S", "P", "L", "T", "U", "B", "C");
    static final Set<String> LEGAL_STATUS = Set.of("C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3",
            "V2", "V3", "V4");
    static final Set<String> CATEGORY_OF_NEED = Set.of("N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8");
    static final Set<String> REC = Set.of("X1", "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3",
            "E41", "E45", "E46", "E47", "E48", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9");

    private static final int MAX_LINE_TEXT = 40;

    private Ssda903Reader() {
    }

    /** Reads {@code Header.csv} and {@code Episodes.csv} (names any case) from {@code folder}. */
    public static Ssda903Return readCsvFolder(Path folder) {
        return readCsv(find(folder, HEADER), find(folder, EPISODES));
    }

    /** Reads the two CSV tables. */
    public static Ssda903Return readCsv(Path header, Path episodes) {
        Check check = new Check();
        List<Raw> headerRows = csv(header, HEADER_REQUIRED, check);
        List<Raw> episodeRows = csv(episodes, EPISODES_REQUIRED, check);
        return check.finish(headerRows, episodeRows, List.of(name(header), name(episodes)));
    }

    /** Reads the XML form ({@code EXPSSDA903} root). */
    public static Ssda903Return readXml(Path file) {
        Check check = new Check();
        List<Raw> headers = new ArrayList<>();
        List<Raw> episodes = new ArrayList<>();
        xml(file, check, headers, episodes);
        return check.finish(headers, episodes, List.of(name(file)));
    }

    /** Reads {@code source}: an XML file when it ends in {@code .xml}, else a folder of CSV tables. */
    public static Ssda903Return read(Path source) {
        return name(source).toLowerCase(Locale.ROOT).endsWith(".xml") ? readXml(source) : readCsvFolder(source);
    }

    private static Path find(Path folder, String table) {
        String wanted = table.toLowerCase(Locale.ROOT) + ".csv";
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                    if (name(p).toLowerCase(Locale.ROOT).equals(wanted)) {
                        return p;
                    }
                }
            } catch (IOException e) {
                throw new InvalidExtractException(Check.single(name(folder),
                        new Finding(name(folder), 0, "", "", Ssda903Rule.MISSING_FILE.id(),
                                "the folder cannot be listed (" + e.getMessage() + ")")));
            }
        }
        return folder.resolve(table + ".csv");
    }

    private static String name(Path p) {
        Path n = p.getFileName();
        return n == null ? p.toString() : n.toString();
    }

    /** A row of either form: its file, the line it starts on, and its values by upper-case column name. */
    record Raw(String file, long line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    // ---------------------------------------------------------------- CSV

    private static List<Raw> csv(Path path, List<String> required, Check check) {
        String file = name(path);
        check.files.put(file, new long[2]);
        List<Raw> rows = new ArrayList<>();
        if (!Files.isRegularFile(path)) {
            check.add(file, 0, "", "", Ssda903Rule.MISSING_FILE, "there is no " + path
                    + "; the table is required (see docs/ssda903.md)");
            return rows;
        }
        long lastLine = 1;
        try (Reader reader = strictUtf8(path); CsvReader<CsvRecord> csv = CsvReader.builder()
                .allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true).ofCsvRecord(reader)) {
            var it = csv.iterator();
            if (!it.hasNext()) {
                check.add(file, 0, "", "", Ssda903Rule.MISSING_COLUMN, "the table is empty; it needs a header line "
                        + "naming " + String.join(", ", required));
                return rows;
            }
            CsvRecord head = it.next();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < head.getFieldCount(); i++) {
                String n = head.getField(i);
                if (i == 0 && n.startsWith("\uFEFF")) {
                    n = n.substring(1);
                }
                names.add(n.strip().toUpperCase(Locale.ROOT));
            }
            boolean complete = true;
            for (String column : required) {
                if (!names.contains(column)) {
                    complete = false;
                    check.add(file, 1, "", column, Ssda903Rule.MISSING_COLUMN, "the header has no column " + column
                            + " (it has: " + abbreviate(String.join(", ", names)) + ")");
                }
            }
            if (!complete) {
                return rows;
            }
            while (it.hasNext()) {
                CsvRecord r = it.next();
                lastLine = r.getStartingLineNumber();
                check.files.get(file)[0]++;
                if (r.getFieldCount() != names.size()) {
                    check.add(file, lastLine, r.getFieldCount() > 0 ? r.getField(0).strip() : "", "",
                            Ssda903Rule.WRONG_FIELD_COUNT, "the row has " + r.getFieldCount()
                                    + " fields but the header has " + names.size());
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    values.putIfAbsent(names.get(i), r.getField(i));
                }
                rows.add(new Raw(file, lastLine, values));
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            check.add(file, 0, "", "", Ssda903Rule.NOT_CSV, "the table cannot be read after line " + lastLine + " ("
                    + (cause instanceof java.nio.charset.CharacterCodingException ? "not UTF-8 text"
                    : oneLine(cause.getMessage())) + ")");
        } catch (CsvParseException e) {
            check.add(file, lastLine + 1, "", "", Ssda903Rule.NOT_CSV, "the table cannot be read as CSV after line "
                    + lastLine + " (" + oneLine(e.getMessage()) + ")");
        }
        return rows;
    }

    /** The reader past a leading byte-order mark. */
    private static Reader withoutBom(Reader reader) throws IOException {
        java.io.PushbackReader in = new java.io.PushbackReader(reader, 1);
        int first = in.read();
        if (first >= 0 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }

    private static Reader strictUtf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    // ---------------------------------------------------------------- XML

    /** A StAX factory that refuses DTDs and external entities and does not expand entity references. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private static void xml(Path path, Check check, List<Raw> headers, List<Raw> episodes) {
        String file = name(path);
        check.files.put(file, new long[2]);
        if (!Files.isRegularFile(path)) {
            check.add(file, 0, "", "", Ssda903Rule.MISSING_FILE, "there is no " + path);
            return;
        }
        XMLStreamReader x = null;
        long line = 1;
        try (Reader in = withoutBom(strictUtf8(path))) {
            x = secureFactory().createXMLStreamReader(in);
            int depth = 0;
            String childId = null;
            List<Raw> childEpisodes = new ArrayList<>();
            Raw current = null;
            while (x.hasNext()) {
                int event = x.next();
                line = x.getLocation() == null ? line : x.getLocation().getLineNumber();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                        || event == XMLStreamConstants.ENTITY_DECLARATION) {
                    check.add(file, line, "", "", Ssda903Rule.XML_DTD, "the file has a DOCTYPE or an entity reference;"
                            + " remove it (DTDs and entities are refused for safety)");
                    return;
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String tag = x.getLocalName().toUpperCase(Locale.ROOT);
                    depth++;
                    if (depth == 1 && !tag.equals("EXPSSDA903")) {
                        check.add(file, line, "", "", Ssda903Rule.NOT_XML, "the root element is " + abbreviate(tag)
                                + "; an SSDA903 return has EXPSSDA903");
                        return;
                    } else if (depth == 2 && tag.equals("CHILD")) {
                        childId = null;
                        childEpisodes.clear();
                    } else if (depth == 3 && tag.equals("HEADER")) {
                        current = new Raw(file, line, new HashMap<>());
                        headers.add(current);
                        check.files.get(file)[0]++;
                    } else if (depth == 3 && tag.equals("EPISODE")) {
                        current = new Raw(file, line, new HashMap<>());
                        childEpisodes.add(current);
                        check.files.get(file)[0]++;
                    } else if (depth == 4 && current != null) {
                        String text = x.getElementText();
                        depth--;
                        String column = tag.equals("CHILDID") ? "CHILD" : tag.equals("PL") ? "PLACE" : tag;
                        current.values().putIfAbsent(column, text);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String tag = x.getLocalName().toUpperCase(Locale.ROOT);
                    if (depth == 3 && tag.equals("HEADER") && current != null) {
                        childId = current.get("CHILD");
                    }
                    if (depth == 3) {
                        current = null;
                    }
                    if (depth == 2 && tag.equals("CHILD")) {
                        for (Raw e : childEpisodes) {
                            e.values().put("CHILD", childId == null ? "" : childId);
                            episodes.add(e);
                        }
                        childEpisodes.clear();
                    }
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            long at = e.getLocation() == null ? line : e.getLocation().getLineNumber();
            check.add(file, Math.max(at, 0), "", "", Ssda903Rule.NOT_XML, "the file is not well-formed XML ("
                    + oneLine(e.getMessage()) + ")");
        } catch (IOException | UncheckedIOException e) {
            check.add(file, line, "", "", Ssda903Rule.NOT_XML, "the file cannot be read as UTF-8 ("
                    + oneLine(e.getMessage()) + ")");
        } catch (RuntimeException e) {
            // the JDK parser signals some malformed input (e.g. bad encodings) with unchecked exceptions
            check.add(file, line, "", "", Ssda903Rule.NOT_XML, "the file cannot be parsed as XML ("
                    + oneLine(String.valueOf(e.getMessage())) + ")");
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader of a file already closed
                }
            }
        }
    }

    // ---------------------------------------------------------------- validation

    /** Collects findings, builds the return, or throws with the report. */
    static final class Check {
        final Map<String, long[]> files = new LinkedHashMap<>();
        final List<Finding> findings = new ArrayList<>();
        final Map<String, Long> byRule = new TreeMap<>();
        final Map<String, Map<String, Long>> byFile = new HashMap<>();
        long count;
        private final Set<Raw> bad = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        void add(String file, long line, String child, String column, Ssda903Rule rule, String message) {
            count++;
            byRule.merge(rule.id(), 1L, Long::sum);
            byFile.computeIfAbsent(file, k -> new TreeMap<>()).merge(rule.id(), 1L, Long::sum);
            if (findings.size() < ValidationReport.STORED_FINDINGS) {
                findings.add(new Finding(file, line, child, column, rule.id(), message));
            }
        }

        void add(Raw row, String column, Ssda903Rule rule, String message) {
            bad.add(row);
            add(row.file(), row.line(), row.get("CHILD"), column, rule, message);
        }

        static ValidationReport single(String file, Finding f) {
            return new ValidationReport(ValidationPolicy.STOP, 1, Map.of(f.rule(), 1L), List.of(f),
                    List.of(new FileReport(file, false, 0, 0, Map.of(f.rule(), 1L), Map.of())), List.of());
        }

        ValidationReport report() {
            List<FileReport> reports = new ArrayList<>();
            for (var e : files.entrySet()) {
                Map<String, Long> problems = byFile.getOrDefault(e.getKey(), Map.of());
                long read = e.getValue()[0];
                long kept = Math.min(read, e.getValue()[1]);
                reports.add(new FileReport(e.getKey(), true, read, kept, problems,
                        read > kept ? Map.of("problems", read - kept) : Map.of()));
            }
            return new ValidationReport(ValidationPolicy.STOP, count, byRule, findings, reports, List.of());
        }

        Ssda903Return finish(List<Raw> headerRows, List<Raw> episodeRows, List<String> names) {
            if (count > 0) {
                throw new InvalidExtractException(report());
            }
            List<Person> people = new ArrayList<>();
            Set<String> children = new HashSet<>();
            for (Raw r : headerRows) {
                Person p = person(r);
                if (p != null) {
                    if (!children.add(p.personId())) {
                        add(r, "CHILD", Ssda903Rule.DUPLICATE_CHILD, "child " + abbreviate(p.personId())
                                + " is in Header twice; keep one row per child");
                    } else {
                        people.add(p);
                    }
                }
            }
            List<Ssda903Episode> episodes = new ArrayList<>();
            Map<Ssda903Episode, Raw> rowOf = new java.util.IdentityHashMap<>();
            for (Raw r : episodeRows) {
                Ssda903Episode e = episode(r, children);
                if (e != null) {
                    episodes.add(e);
                    rowOf.put(e, r);
                }
            }
            perChild(episodes, rowOf);
            for (Raw r : headerRows) {
                if (!bad.contains(r)) {
                    files.get(r.file())[1]++;
                }
            }
            for (Raw r : episodeRows) {
                if (!bad.contains(r)) {
                    files.get(r.file())[1]++;
                }
            }
            if (count > 0) {
                throw new InvalidExtractException(report());
            }
            return new Ssda903Return(people, episodes);
        }

        private Person person(Raw r) {
            String child = r.get("CHILD");
            boolean ok = true;
            if (child.isEmpty()) {
                add(r, "CHILD", Ssda903Rule.MISSING_VALUE, "CHILD is empty; every child needs the council's id");
                ok = false;
            }
            Sex sex = null;
            String sexText = r.get("SEX");
            switch (sexText) {
                case "1" -> sex = Sex.MALE;
                case "2" -> sex = Sex.FEMALE;
                case "0", "9" -> sex = Sex.UNKNOWN;
                default -> {
                    ok = false;
                    add(r, "SEX", sexText.isEmpty() ? Ssda903Rule.MISSING_VALUE : Ssda903Rule.BAD_CODE,
                            "SEX is '" + abbreviate(sexText) + "'; use 1 (male) or 2 (female), 0 or 9 if not known");
                }
            }
            LocalDate dob = date(r, "DOB", true);
            ok &= dob != null;
            String ethnic = r.get("ETHNIC");
            String code = ethnic.isEmpty() ? "" : SsdCodes.ethnicity(ethnic.toUpperCase(Locale.ROOT));
            if (code == null) {
                ok = false;
                add(r, "ETHNIC", Ssda903Rule.BAD_CODE, "ETHNIC '" + abbreviate(ethnic)
                        + "' is not a DfE ethnicity code (e.g. WBRI, BAFR, REFU, NOBT)");
            }
            String mother = r.get("MOTHER");
            if (!mother.isEmpty() && !mother.equals("0") && !mother.equals("1")) {
                ok = false;
                add(r, "MOTHER", Ssda903Rule.BAD_CODE, "MOTHER is '" + abbreviate(mother) + "'; use 1, 0 or leave empty");
            }
            if (!r.get("MC_DOB").isEmpty()) {
                ok &= date(r, "MC_DOB", false) != null;
            }
            return ok && !r.get("DOB").isEmpty() ? new Person(child, sex, code == null ? "" : code, dob, "") : null;
        }

        private Ssda903Episode episode(Raw r, Set<String> children) {
            String child = r.get("CHILD");
            boolean ok = true;
            if (child.isEmpty()) {
                add(r, "CHILD", Ssda903Rule.MISSING_VALUE, "CHILD is empty; every episode needs its child's id");
                ok = false;
            } else if (!children.contains(child)) {
                add(r, "CHILD", Ssda903Rule.UNKNOWN_CHILD, "child " + abbreviate(child) + " is not in Header");
                ok = false;
            }
            LocalDate decom = date(r, "DECOM", true);
            ok &= decom != null;
            String rne = r.get("RNE").toUpperCase(Locale.ROOT);
            ok &= code(r, "RNE", rne, RNE, true);
            String ls = r.get("LS").toUpperCase(Locale.ROOT);
            ok &= code(r, "LS", ls, LEGAL_STATUS, false);
            String cin = r.get("CIN").toUpperCase(Locale.ROOT);
            ok &= code(r, "CIN", cin, CATEGORY_OF_NEED, false);
            LocalDate dec = r.get("DEC").isEmpty() ? null : date(r, "DEC", false);
            ok &= r.get("DEC").isEmpty() || dec != null;
            String rec = r.get("REC").toUpperCase(Locale.ROOT);
            ok &= code(r, "REC", rec, REC, false);
            if (r.get("DEC").isEmpty() != rec.isEmpty()) {
                ok = false;
                add(r, rec.isEmpty() ? "REC" : "DEC", Ssda903Rule.MISSING_VALUE,
                        "DEC and REC come together: an episode that ceased has both, an open one neither");
            }
            if (decom != null && dec != null && dec.isBefore(decom)) {
                ok = false;
                add(r, "DEC", Ssda903Rule.DEC_BEFORE_DECOM, "DEC " + dec + " is before DECOM " + decom);
            }
            if (!ok) {
                return null;
            }
            return new Ssda903Episode(child, decom, rne, ls, cin, r.get("PLACE"), r.get("PLACE_PROVIDER"), dec, rec,
                    r.get("REASON_PLACE_CHANGE"), r.get("HOME_POST"), r.get("PL_POST"), r.get("URN"));
        }

        private void perChild(List<Ssda903Episode> episodes, Map<Ssda903Episode, Raw> rowOf) {
            Map<String, List<Ssda903Episode>> byChild = new LinkedHashMap<>();
            for (Ssda903Episode e : episodes) {
                byChild.computeIfAbsent(e.child(), k -> new ArrayList<>()).add(e);
            }
            for (List<Ssda903Episode> list : byChild.values()) {
                list.sort(Comparator.comparing(Ssda903Episode::commenced)
                        .thenComparing(e -> rowOf.get(e).line()));
                int open = 0;
                Ssda903Episode prev = null;
                for (Ssda903Episode e : list) {
                    Raw row = rowOf.get(e);
                    if (e.ceased() == null && ++open > 1) {
                        add(row, "DEC", Ssda903Rule.MORE_THAN_ONE_OPEN_EPISODE, "child " + abbreviate(e.child())
                                + " has another episode without DEC; only the latest episode can be open");
                    } else if (prev != null && (prev.ceased() == null || e.commenced().isBefore(prev.ceased()))) {
                        add(row, "DECOM", Ssda903Rule.OVERLAPPING_EPISODES, "DECOM " + e.commenced()
                                + " is before the previous episode (DECOM " + prev.commenced() + ", line "
                                + rowOf.get(prev).line() + ") ceased");
                    } else if (prev != null && Ssda903Episode.X1.equals(prev.reasonCeased())) {
                        if (!e.commenced().equals(prev.ceased()) || Ssda903Episode.STARTED.equals(e.reasonNewEpisode())) {
                            add(row, "RNE", Ssda903Rule.CHAIN_BREAK, "the previous episode ceased X1 on "
                                    + prev.ceased() + ", so this one must commence that day with RNE other than S");
                        }
                    } else if (!Ssda903Episode.STARTED.equals(e.reasonNewEpisode())) {
                        add(row, "RNE", Ssda903Rule.CHAIN_BREAK, "RNE is " + e.reasonNewEpisode()
                                + " but no X1 episode precedes it; a period of care starts with RNE S");
                    }
                    prev = e;
                }
                if (prev != null && Ssda903Episode.X1.equals(prev.reasonCeased())) {
                    add(rowOf.get(prev), "REC", Ssda903Rule.CHAIN_BREAK, "the child's last episode ceased X1 "
                            + "but no episode follows it");
                }
            }
        }

        private LocalDate date(Raw r, String column, boolean required) {
            String text = r.get(column);
            if (text.isEmpty()) {
                if (required) {
                    add(r, column, Ssda903Rule.MISSING_VALUE, column + " is empty");
                }
                return null;
            }
            LocalDate d = SsdDates.parse(text);
            if (d == null) {
                add(r, column, Ssda903Rule.BAD_DATE, column + " '" + abbreviate(text)
                        + "' is not a real date as dd/mm/yyyy in 1900-2099");
            }
            return d;
        }

        private boolean code(Raw r, String column, String value, Set<String> codes, boolean required) {
            if (value.isEmpty()) {
                if (required) {
                    add(r, column, Ssda903Rule.MISSING_VALUE, column + " is empty");
                    return false;
                }
                return true;
            }
            if (!codes.contains(value)) {
                add(r, column, Ssda903Rule.BAD_CODE, column + " '" + abbreviate(value) + "' is not one of "
                        + String.join(", ", new java.util.TreeSet<>(codes)));
                return false;
            }
            return true;
        }
    }

    static String abbreviate(String text) {
        String t = oneLine(text);
        return t.length() > MAX_LINE_TEXT ? t.substring(0, MAX_LINE_TEXT - 3) + "..." : t;
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
