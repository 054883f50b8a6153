package org.rightbalance.evaluation.ssd;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.rightbalance.stats.data.InvalidDataException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a council's extract folder in the Standard Safeguarding Dataset layout into a validated
 * {@link SsdExtract}, all or nothing (see {@code docs/data-format.md}).
 *
 * <p>Each file is streamed once, in the order of {@link SsdExtract#FILES}; identifiers are looked up
 * in hash maps, codes and dates are shared instances, so time and memory grow linearly with the rows.
 * Every row is checked against every rule and all findings are counted; the report stores the first
 * {@link ValidationReport#STORED_FINDINGS}.
 */
public final class SsdReader {

    public static final String PERSON = "ssd_person.csv";
    public static final String FAMILY = "ssd_family.csv";
    public static final String CIN_EPISODES = "ssd_cin_episodes.csv";
    public static final String CIN_PLANS = "ssd_cin_plans.csv";
    public static final String CP_PLANS = "ssd_cp_plans.csv";
    public static final String CLA_EPISODES = "ssd_cla_episodes.csv";
    public static final String PARTICIPATION = "programme_participation.csv";

    /** The date of birth column of {@link #PERSON}. */
    public static final String DATE_OF_BIRTH = "pers_dob";
    /** The age-at-referral column of {@link #CIN_EPISODES}: a pseudonymised extract's stand-in for the date of birth. */
    public static final String AGE_AT_REFERRAL = "cine_age_at_referral";

    /** Files that must be in the folder; the others are read as empty when absent. */
    public static final Set<String> REQUIRED_FILES = Set.of(PERSON, CIN_EPISODES);

    /** Required columns per file, in {@link SsdExtract#FILES} order. */
    static final Map<String, List<String>> REQUIRED_COLUMNS = new LinkedHashMap<>();
    /** Columns read when present. */
    static final Map<String, List<String>> OPTIONAL_COLUMNS = new LinkedHashMap<>();

    static {
        REQUIRED_COLUMNS.put(PERSON, List.of("pers_person_id", "pers_sex", "pers_ethnicity"));
        // pers_dob is required unless ssd_cin_episodes.csv has cine_age_at_referral (see checkAgeSource)
        OPTIONAL_COLUMNS.put(PERSON, List.of("pers_dob", "pers_nationality"));
        REQUIRED_COLUMNS.put(FAMILY, List.of("fami_family_id", "fami_person_id"));
        REQUIRED_COLUMNS.put(CIN_EPISODES, List.of("cine_referral_id", "cine_person_id", "cine_referral_date",
                "cine_cin_primary_need_code", "cine_referral_source_code", "cine_close_date", "cine_close_reason"));
        OPTIONAL_COLUMNS.put(CIN_EPISODES, List.of(AGE_AT_REFERRAL));
        REQUIRED_COLUMNS.put(CIN_PLANS, List.of("cinp_cin_plan_id", "cinp_referral_id", "cinp_person_id",
                "cinp_cin_plan_start_date", "cinp_cin_plan_end_date"));
        REQUIRED_COLUMNS.put(CP_PLANS, List.of("cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date",
                "cppl_cp_plan_end_date"));
        REQUIRED_COLUMNS.put(CLA_EPISODES, List.of("clae_cla_episode_id", "clae_person_id",
                "clae_cla_episode_start_date", "clae_cla_episode_ceased_date"));
        REQUIRED_COLUMNS.put(PARTICIPATION, List.of("person_id", "programme", "start_date", "end_date"));
        OPTIONAL_COLUMNS.put(PARTICIPATION, List.of("referral_id"));
    }

    /** Above this many distinct values a free-text column (nationality, programme) is no longer shared. */
    private static final int INTERN_LIMIT = 10_000;

    /** Largest size given to a list or table in advance; beyond it they grow as usual. */
    private static final long MAX_PRESIZE = 1L << 28;

    private SsdReader() {
    }

    /** Reads {@code folder} with {@link ValidationPolicy#STOP}. */
    public static SsdReadResult read(Path folder) {
        return read(folder, ValidationPolicy.STOP);
    }

    /**
     * Reads {@code folder}.
     *
     * @throws InvalidExtractException when a required file is missing, a file cannot be read as
     *                                 UTF-8 CSV with the required columns, or (under STOP) any row breaks a rule
     * @throws InvalidDataException    when {@code folder} is not a folder
     */
    public static SsdReadResult read(Path folder, ValidationPolicy policy) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidDataException(folder + ": no such folder (expected an extract folder holding "
                    + PERSON + " and " + CIN_EPISODES + ")");
        }
        return new Run(folder, policy == null ? ValidationPolicy.STOP : policy).run();
    }

    /** The header of one file: where each column is. */
    private record Header(int fieldCount, Map<String, Integer> positions, long estimatedRows) {
        int index(String column) {
            return positions.getOrDefault(column, -1);
        }
    }

    /** One pass over an extract. */
    private static final class Run {
        private final Path folder;
        private final ValidationPolicy policy;

        private final List<Finding> findings = new ArrayList<>();
        private long problemCount;
        private final Map<String, Long> problemsByRule = new HashMap<>();
        private final Map<String, Map<String, Long>> problemsByFile = new HashMap<>();
        private final Map<String, Map<String, Long>> droppedByFile = new HashMap<>();
        private final Map<String, long[]> rows = new HashMap<>();
        private final Map<String, Header> headers = new HashMap<>();
        private final List<String> notes = new ArrayList<>();
        private boolean fatal;
        /** {@link #CIN_EPISODES} has {@link #AGE_AT_REFERRAL}: a person's date of birth may be empty. */
        private boolean agesGiven;

        private Map<String, Person> people = new HashMap<>();
        private final Set<String> droppedPeople = new HashSet<>();
        private Map<String, String> familyOf = new HashMap<>();
        private Map<String, Referral> referrals = new HashMap<>();
        private final Set<String> droppedReferrals = new HashSet<>();
        private final Map<String, String> shared = new HashMap<>();

        private List<Person> personList;
        private List<FamilyMembership> familyList;
        private List<Referral> referralList;
        private List<CinPlan> cinPlanList;
        private List<ChildProtectionPlan> cpPlanList;
        private List<CareEpisode> careList;
        private List<ProgrammeParticipation> participationList;

        Run(Path folder, ValidationPolicy policy) {
            this.folder = folder;
            this.policy = policy;
        }

        SsdReadResult run() {
            for (String file : SsdExtract.FILES) {
                readHeader(file);
            }
            checkAgeSource();
            if (fatal) {
                throw new InvalidExtractException(report());
            }
            people = new HashMap<>(capacity(PERSON));
            familyOf = new HashMap<>(capacity(FAMILY));
            referrals = new HashMap<>(capacity(CIN_EPISODES));
            personList = new ArrayList<>(rowsExpected(PERSON));
            familyList = new ArrayList<>(rowsExpected(FAMILY));
            referralList = new ArrayList<>(rowsExpected(CIN_EPISODES));
            cinPlanList = new ArrayList<>(rowsExpected(CIN_PLANS));
            cpPlanList = new ArrayList<>(rowsExpected(CP_PLANS));
            careList = new ArrayList<>(rowsExpected(CLA_EPISODES));
            participationList = new ArrayList<>(rowsExpected(PARTICIPATION));
            stream(PERSON, "pers_person_id", this::person);
            stream(FAMILY, "fami_family_id", this::family);
            stream(CIN_EPISODES, "cine_referral_id", this::referral);
            Set<String> cinPlanIds = new HashSet<>(capacity(CIN_PLANS));
            stream(CIN_PLANS, "cinp_cin_plan_id", row -> cinPlan(row, cinPlanIds));
            Set<String> cpPlanIds = new HashSet<>(capacity(CP_PLANS));
            stream(CP_PLANS, "cppl_cp_plan_id", row -> cpPlan(row, cpPlanIds));
            Set<String> careIds = new HashSet<>(capacity(CLA_EPISODES));
            stream(CLA_EPISODES, "clae_cla_episode_id", row -> careEpisode(row, careIds));
            stream(PARTICIPATION, "person_id", this::participation);
            ValidationReport report = report();
            if (fatal || (policy == ValidationPolicy.STOP && problemCount > 0)) {
                throw new InvalidExtractException(report);
            }
            SsdExtract extract = new SsdExtract(personList, familyList, referralList, cinPlanList, cpPlanList,
                    careList, participationList);
            return new SsdReadResult(extract, report);
        }

        // ---- the files -------------------------------------------------------------------------

        private void person(Row row) {
            String id = row.id();
            String sexText = row.required("pers_sex");
            Sex sex = null;
            if (sexText != null) {
                sex = Sex.fromCode(sexText).orElse(null);
                if (sex == null) {
                    row.problem("pers_sex", SsdRule.BAD_CODE, "'" + abbreviate(sexText) + "' is not a sex code; use M, F or U");
                }
            }
            String ethnicityText = row.value("pers_ethnicity");
            String ethnicity = "";
            if (!ethnicityText.isEmpty()) {
                ethnicity = SsdCodes.ethnicity(ethnicityText);
                if (ethnicity == null) {
                    row.problem("pers_ethnicity", SsdRule.BAD_CODE, "'" + abbreviate(ethnicityText)
                            + "' is not a DfE ethnicity code (e.g. WBRI, MWBC, BAFR, NOBT); leave it empty when not recorded");
                }
            }
            LocalDate dob = row.date(DATE_OF_BIRTH, !agesGiven);
            String nationality = share(row.value("pers_nationality"));
            if (row.ok()) {
                Person p = new Person(id, sex, ethnicity, dob, nationality);
                if (droppedPeople.contains(id) || people.putIfAbsent(id, p) != null) {
                    duplicatePerson(row, id);
                } else {
                    personList.add(p);
                    row.kept();
                }
            } else if (!id.isEmpty()) {
                if (people.containsKey(id) || droppedPeople.contains(id)) {
                    duplicatePerson(row, id);
                }
                droppedPeople.add(id);
            }
        }

        private static void duplicatePerson(Row row, String id) {
            row.problem("pers_person_id", SsdRule.DUPLICATE_ID, "person " + id
                    + " appears more than once; each person needs one row with a unique id");
        }

        private void family(Row row) {
            String familyId = share(row.required("fami_family_id"));
            String personId = person(row, "fami_person_id");
            if (personId != null && familyId != null) {
                String before = familyOf.get(personId);
                if (before != null) {
                    row.problem("fami_person_id", SsdRule.DUPLICATE_ID, "person " + personId + " is already in family "
                            + before + "; a child belongs to one family, so keep one row per child");
                }
            }
            if (row.ok()) {
                familyOf.put(personId, familyId);
                familyList.add(new FamilyMembership(familyId, personId));
                row.kept();
            }
        }

        private void referral(Row row) {
            String id = row.id();
            String personId = person(row, "cine_person_id");
            LocalDate referralDate = row.date("cine_referral_date", true);
            String need = code(row, "cine_cin_primary_need_code", SsdCodes.primaryNeed(row.value("cine_cin_primary_need_code")),
                    "a CIN primary need code N0-N9");
            String source = code(row, "cine_referral_source_code", SsdCodes.referralSource(row.value("cine_referral_source_code")),
                    "a DfE referral source code (1A-1D, 2A, 2B, 3A-3F, 4, 5A-5D, 6-10)");
            LocalDate closeDate = row.date("cine_close_date", false);
            String reasonText = row.value("cine_close_reason");
            String reason = code(row, "cine_close_reason", SsdCodes.closeReason(reasonText), "a closure reason RC1-RC9");
            boolean hasCloseDate = !row.value("cine_close_date").isEmpty();
            if (hasCloseDate && reasonText.isEmpty()) {
                row.problem("cine_close_reason", SsdRule.CLOSE_DATE_WITHOUT_REASON,
                        "the referral has a close date but no close reason; give the reason (RC1-RC9) or clear the date");
            } else if (!hasCloseDate && !reasonText.isEmpty()) {
                row.problem("cine_close_date", SsdRule.CLOSE_REASON_WITHOUT_DATE,
                        "the referral has a close reason but no close date; give the date or clear the reason");
            }
            endNotBefore(row, "cine_close_date", referralDate, closeDate, "referral date");
            Integer age = ageAtReferral(row, personId, referralDate);
            if (row.ok()) {
                Referral r = new Referral(id, personId, referralDate, need, source, closeDate, reason == null ? "" : reason,
                        age);
                if (droppedReferrals.contains(id) || referrals.putIfAbsent(id, r) != null) {
                    duplicateReferral(row, id);
                } else {
                    referralList.add(r);
                    row.kept();
                }
            } else if (!id.isEmpty()) {
                if (referrals.containsKey(id) || droppedReferrals.contains(id)) {
                    duplicateReferral(row, id);
                }
                droppedReferrals.add(id);
            }
        }

        /**
         * The referral's {@code cine_age_at_referral}, checked against the child's date of birth when the
         * child has one; required when the child has none. Null when not given or not valid.
         */
        private Integer ageAtReferral(Row row, String personId, LocalDate referralDate) {
            String text = row.value(AGE_AT_REFERRAL);
            Integer age = null;
            if (!text.isEmpty()) {
                age = parseAge(text);
                if (age == null) {
                    row.problem(AGE_AT_REFERRAL, SsdRule.BAD_AGE, "'" + abbreviate(text)
                            + "' is not an age in completed years; write a whole number from 0 to " + Referral.MAX_AGE);
                }
            }
            Person person = personId == null ? null : people.get(personId);
            if (person == null) {
                return age;
            }
            if (person.dateOfBirth() == null) {
                if (text.isEmpty()) {
                    row.problem(AGE_AT_REFERRAL, SsdRule.MISSING_VALUE, "person " + abbreviate(personId)
                            + " has no " + DATE_OF_BIRTH + " in " + PERSON + ", so " + AGE_AT_REFERRAL
                            + " is required; give the child's age in completed years at the referral");
                }
            } else if (age != null && referralDate != null) {
                int computed = person.ageOn(referralDate);
                if (computed != age) {
                    row.problem(AGE_AT_REFERRAL, SsdRule.AGE_MISMATCH, "age " + age + " at the referral on "
                            + referralDate + ", but person " + abbreviate(personId) + " born " + person.dateOfBirth()
                            + " was " + computed + "; correct the age or the date of birth, or leave the age empty");
                }
            }
            return age;
        }

        private static Integer parseAge(String text) {
            if (text.length() > 3) {
                return null;
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                    return null;
                }
            }
            int age = Integer.parseInt(text);
            return age <= Referral.MAX_AGE ? age : null;
        }

        private static void duplicateReferral(Row row, String id) {
            row.problem("cine_referral_id", SsdRule.DUPLICATE_ID, "referral " + id
                    + " appears more than once; each referral needs one row with a unique id");
        }

        private void cinPlan(Row row, Set<String> ids) {
            String id = uniqueId(row, "cinp_cin_plan_id", ids, "CIN plan");
            String personId = person(row, "cinp_person_id");
            String referralId = referral(row, "cinp_referral_id", personId, true, SsdRule.PLAN_REFERRAL_MISMATCH,
                    "CIN plan");
            LocalDate start = row.date("cinp_cin_plan_start_date", true);
            LocalDate end = row.date("cinp_cin_plan_end_date", false);
            endNotBefore(row, "cinp_cin_plan_end_date", start, end, "plan start");
            if (row.ok()) {
                cinPlanList.add(new CinPlan(id, referralId, personId, start, end));
                row.kept();
            }
        }

        private void cpPlan(Row row, Set<String> ids) {
            String id = uniqueId(row, "cppl_cp_plan_id", ids, "child protection plan");
            String personId = person(row, "cppl_person_id");
            LocalDate start = row.date("cppl_cp_plan_start_date", true);
            LocalDate end = row.date("cppl_cp_plan_end_date", false);
            endNotBefore(row, "cppl_cp_plan_end_date", start, end, "plan start");
            if (row.ok()) {
                cpPlanList.add(new ChildProtectionPlan(id, personId, start, end));
                row.kept();
            }
        }

        private void careEpisode(Row row, Set<String> ids) {
            String id = uniqueId(row, "clae_cla_episode_id", ids, "care episode");
            String personId = person(row, "clae_person_id");
            LocalDate start = row.date("clae_cla_episode_start_date", true);
            LocalDate ceased = row.date("clae_cla_episode_ceased_date", false);
            endNotBefore(row, "clae_cla_episode_ceased_date", start, ceased, "episode start");
            if (row.ok()) {
                careList.add(new CareEpisode(id, personId, start, ceased));
                row.kept();
            }
        }

        private void participation(Row row) {
            String personId = person(row, "person_id");
            String referralId = referral(row, "referral_id", personId, false, SsdRule.PARTICIPATION_REFERRAL_MISMATCH,
                    "participation row");
            String programme = share(row.required("programme"));
            LocalDate start = row.date("start_date", true);
            LocalDate end = row.date("end_date", false);
            endNotBefore(row, "end_date", start, end, "start date");
            if (row.ok()) {
                participationList.add(new ProgrammeParticipation(personId, referralId, programme, start, end));
                row.kept();
            }
        }

        // ---- shared checks ---------------------------------------------------------------------

        /** The row's id in {@code column}, checked for emptiness and uniqueness within the file. */
        private String uniqueId(Row row, String column, Set<String> ids, String what) {
            String id = row.id();
            if (!id.isEmpty() && !ids.add(id)) {
                row.problem(column, SsdRule.DUPLICATE_ID, what + " " + id
                        + " appears more than once; each " + what + " needs one row with a unique id");
            }
            return id;
        }

        /** The person named in {@code column}, as the person file's own string; null when missing or unknown. */
        private String person(Row row, String column) {
            String id = row.required(column);
            if (id == null) {
                return null;
            }
            Person p = people.get(id);
            if (p != null) {
                return p.personId();
            }
            if (droppedPeople.contains(id)) {
                row.dependsOnDropped();
            } else {
                row.problem(column, SsdRule.UNKNOWN_PERSON, "person " + abbreviate(id) + " is not in " + PERSON
                        + "; add the person or correct the id");
            }
            return null;
        }

        /** The referral in {@code column}: it must exist and belong to {@code personId}. */
        private String referral(Row row, String column, String personId, boolean required, SsdRule rule, String what) {
            String id = required ? row.required(column) : row.value(column);
            if (id == null || id.isEmpty()) {
                return null;
            }
            Referral r = referrals.get(id);
            if (r == null) {
                if (droppedReferrals.contains(id)) {
                    row.dependsOnDropped();
                } else {
                    row.problem(column, rule, "referral " + abbreviate(id) + " is not in " + CIN_EPISODES
                            + "; correct the referral id of this " + what);
                }
                return null;
            }
            if (personId != null && !r.personId().equals(personId)) {
                row.problem(column, rule, "referral " + id + " belongs to person " + r.personId() + ", not to "
                        + personId + "; correct the referral or the person of this " + what);
            }
            return r.referralId();
        }

        private String code(Row row, String column, String canonical, String expected) {
            String text = row.value(column);
            if (text.isEmpty()) {
                return "";
            }
            if (canonical == null) {
                row.problem(column, SsdRule.BAD_CODE, "'" + abbreviate(text) + "' is not " + expected
                        + "; leave it empty when not recorded");
            }
            return canonical;
        }

        private void endNotBefore(Row row, String column, LocalDate start, LocalDate end, String startName) {
            if (start != null && end != null && end.isBefore(start)) {
                row.problem(column, SsdRule.END_BEFORE_START, end + " is before the " + startName + " " + start
                        + "; correct one of the two dates");
            }
        }

        /** One shared instance per distinct value of a short, repetitive text (family id, programme, nationality). */
        private String share(String text) {
            if (text == null || text.isEmpty()) {
                return text;
            }
            String s = shared.get(text);
            if (s != null) {
                return s;
            }
            if (shared.size() < INTERN_LIMIT) {
                shared.put(text, text);
            }
            return text;
        }

        /** About how many data rows {@code file} holds: its size over the mean length of its first lines. */
        private int rowsExpected(String file) {
            Header h = headers.get(file);
            return h == null ? 0 : (int) Math.min(h.estimatedRows(), MAX_PRESIZE);
        }

        /** A hash table capacity for {@code file}'s ids that needs no resizing. */
        private int capacity(String file) {
            return (int) Math.min(rowsExpected(file) * 4L / 3 + 16, MAX_PRESIZE);
        }

        // ---- files and rows --------------------------------------------------------------------

        /**
         * An extract must say how old each child was: a date of birth per person, or an age per referral
         * (a pseudonymised extract). Neither column is a whole-file problem of the person file.
         */
        private void checkAgeSource() {
            Header person = headers.get(PERSON);
            Header episodes = headers.get(CIN_EPISODES);
            agesGiven = episodes != null && episodes.index(AGE_AT_REFERRAL) >= 0;
            if (person != null && episodes != null && person.index(DATE_OF_BIRTH) < 0 && !agesGiven) {
                fileProblem(PERSON, DATE_OF_BIRTH, SsdRule.MISSING_COLUMN, "the header has no column " + DATE_OF_BIRTH
                        + ", and " + CIN_EPISODES + " has no column " + AGE_AT_REFERRAL
                        + "; give each child's date of birth, or the child's age at each referral");
            }
        }

        private void readHeader(String file) {
            Path path = folder.resolve(file);
            rows.put(file, new long[2]);
            if (!Files.isRegularFile(path)) {
                if (REQUIRED_FILES.contains(file)) {
                    fileProblem(file, "", SsdRule.MISSING_FILE, "the folder has no " + file
                            + "; it is required (see docs/data-format.md)");
                } else {
                    notes.add(file + " is absent: read as empty");
                }
                return;
            }
            try (Reader reader = strictUtf8(path); CsvReader<CsvRecord> csv = records(reader)) {
                var it = csv.iterator();
                if (!it.hasNext()) {
                    fileProblem(file, "", SsdRule.MISSING_COLUMN, "the file is empty; it needs a header line naming "
                            + String.join(", ", REQUIRED_COLUMNS.get(file)));
                    return;
                }
                CsvRecord header = it.next();
                Map<String, Integer> positions = new HashMap<>();
                for (int i = 0; i < header.getFieldCount(); i++) {
                    String name = header.getField(i);
                    if (i == 0 && name.startsWith("\uFEFF")) {
                        name = name.substring(1);
                    }
                    name = name.strip();
                    if (positions.putIfAbsent(name, i) != null && !name.isEmpty()) {
                        fileProblem(file, name, SsdRule.DUPLICATE_COLUMN, "the header names column " + name
                                + " twice; keep one");
                    }
                }
                List<String> missing = new ArrayList<>();
                for (String column : REQUIRED_COLUMNS.get(file)) {
                    if (!positions.containsKey(column)) {
                        missing.add(column);
                    }
                }
                for (String column : missing) {
                    fileProblem(file, column, SsdRule.MISSING_COLUMN, "the header has no column " + column
                            + " (names are exact and lower case; the header has: " + abbreviate(String.join(", ",
                            header.getFields())) + ")");
                }
                headers.put(file, new Header(header.getFieldCount(), positions, estimateRows(path)));
            } catch (UncheckedIOException | IOException e) {
                Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
                if (cause instanceof CharacterCodingException) {
                    notUtf8(file, path);
                } else {
                    throw new InvalidDataException(path + ": cannot be read (" + cause.getMessage() + ")");
                }
            } catch (CsvParseException e) {
                fileProblem(file, "", SsdRule.NOT_CSV, "the header cannot be read as CSV (" + e.getMessage() + ")");
            }
        }

        private void stream(String file, String idColumn, Consumer<Row> handler) {
            Header header = headers.get(file);
            if (header == null) {
                return;
            }
            long[] counts = rows.get(file);
            Row row = new Row(file, header, header.index(idColumn));
            long lastLine = 1;
            try (Reader reader = strictUtf8(folder.resolve(file)); CsvReader<CsvRecord> csv = records(reader)) {
                var it = csv.iterator();
                it.next();
                while (it.hasNext()) {
                    CsvRecord record = it.next();
                    lastLine = record.getStartingLineNumber();
                    counts[0]++;
                    row.start(record);
                    if (record.getFieldCount() != header.fieldCount()) {
                        row.problem("", SsdRule.WRONG_FIELD_COUNT, "the row has " + record.getFieldCount()
                                + " fields but the header has " + header.fieldCount()
                                + "; check for unquoted commas or line breaks in values");
                        rememberDropped(file, row.id);
                    } else {
                        handler.accept(row);
                    }
                    row.finish();
                    if (row.kept) {
                        counts[1]++;
                    }
                }
            } catch (UncheckedIOException | IOException e) {
                Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
                if (cause instanceof CharacterCodingException) {
                    notUtf8(file, folder.resolve(file));
                } else {
                    throw new InvalidDataException(folder.resolve(file) + ": cannot be read (" + cause.getMessage() + ")");
                }
            } catch (CsvParseException e) {
                fileProblem(file, "", lastLine + 1, SsdRule.NOT_CSV, "the file cannot be read as CSV after line "
                        + lastLine + " (" + e.getMessage() + "); look for an unclosed quote");
            }
        }

        private void notUtf8(String file, Path path) {
            long line;
            try {
                line = firstLineNotUtf8(path);
            } catch (IOException e) {
                throw new InvalidDataException(path + ": cannot be read (" + e.getMessage() + ")");
            }
            fileProblem(file, "", Math.max(line, 0), SsdRule.NOT_UTF8, "the file is not UTF-8 text"
                    + (line > 0 ? " (the first bad byte is on this line)" : "")
                    + "; save it as CSV UTF-8 (a spreadsheet's 'CSV' is often Windows-1252)");
        }

        /** A row of the person or referral file dropped before its fields were read: its dependants go too. */
        private void rememberDropped(String file, String id) {
            if (id.isEmpty()) {
                return;
            }
            if (file.equals(PERSON) && !people.containsKey(id)) {
                droppedPeople.add(id);
            } else if (file.equals(CIN_EPISODES) && !referrals.containsKey(id)) {
                droppedReferrals.add(id);
            }
        }

        private void fileProblem(String file, String column, SsdRule rule, String message) {
            fileProblem(file, column, 0, rule, message);
        }

        private void fileProblem(String file, String column, long line, SsdRule rule, String message) {
            fatal = true;
            record(new Finding(file, line, "", column, rule.id(), message));
        }

        private void record(Finding f) {
            problemCount++;
            problemsByRule.merge(f.rule(), 1L, Long::sum);
            problemsByFile.computeIfAbsent(f.file(), k -> new HashMap<>()).merge(f.rule(), 1L, Long::sum);
            if (findings.size() < ValidationReport.STORED_FINDINGS) {
                findings.add(f);
            }
        }

        private ValidationReport report() {
            List<FileReport> files = new ArrayList<>();
            for (String file : SsdExtract.FILES) {
                long[] c = rows.getOrDefault(file, new long[2]);
                files.add(new FileReport(file, Files.isRegularFile(folder.resolve(file)), c[0], c[1],
                        problemsByFile.getOrDefault(file, Map.of()), droppedByFile.getOrDefault(file, Map.of())));
            }
            return new ValidationReport(policy, problemCount, problemsByRule, findings, files, notes);
        }

        /** The row being checked; one instance per file, reused. */
        private final class Row {
            private final String file;
            private final Header header;
            private final int idIndex;
            private CsvRecord record;
            private String id;
            private SsdRule firstRule;
            private boolean dependant;
            private boolean kept;

            Row(String file, Header header, int idIndex) {
                this.file = file;
                this.header = header;
                this.idIndex = idIndex;
            }

            void start(CsvRecord r) {
                record = r;
                id = idIndex >= 0 && idIndex < r.getFieldCount() ? r.getField(idIndex).strip() : "";
                firstRule = null;
                dependant = false;
                kept = false;
            }

            String id() {
                if (id.isEmpty()) {
                    String column = header.positions().entrySet().stream().filter(e -> e.getValue() == idIndex)
                            .map(Map.Entry::getKey).findFirst().orElse("");
                    problem(column, SsdRule.MISSING_VALUE, column + " is empty; every row needs its id");
                }
                return id;
            }

            /** The stripped value of {@code column}, "" when empty or when the file has no such column. */
            String value(String column) {
                int i = header.index(column);
                return i < 0 ? "" : record.getField(i).strip();
            }

            /** The value of {@code column}, or null (with a finding) when it is empty. */
            String required(String column) {
                String v = value(column);
                if (v.isEmpty()) {
                    problem(column, SsdRule.MISSING_VALUE, column + " is empty; it is required");
                    return null;
                }
                return v;
            }

            LocalDate date(String column, boolean required) {
                String text = value(column);
                if (text.isEmpty()) {
                    if (required) {
                        problem(column, SsdRule.MISSING_VALUE, column + " is empty; it is required");
                    }
                    return null;
                }
                LocalDate d = SsdDates.parse(text);
                if (d == null) {
                    problem(column, SsdRule.BAD_DATE, "'" + abbreviate(text)
                            + "' is not a real date; write yyyy-mm-dd (e.g. 2019-02-18) or dd/mm/yyyy (e.g. 18/02/2019)");
                }
                return d;
            }

            void problem(String column, SsdRule rule, String message) {
                if (firstRule == null) {
                    firstRule = rule;
                }
                record(new Finding(file, record.getStartingLineNumber(), abbreviate(id), column, rule.id(), message));
            }

            void dependsOnDropped() {
                dependant = true;
            }

            boolean ok() {
                return firstRule == null && !dependant;
            }

            void kept() {
                kept = true;
            }

            void finish() {
                if (!kept) {
                    SsdRule reason = firstRule != null ? firstRule : SsdRule.DEPENDS_ON_DROPPED_ROW;
                    droppedByFile.computeIfAbsent(file, k -> new HashMap<>()).merge(reason.id(), 1L, Long::sum);
                }
            }
        }
    }

    /** Rows of a file, estimated from its size and its first 64 KiB, so that tables and lists are sized once. */
    static long estimateRows(Path file) throws IOException {
        long size = Files.size(file);
        byte[] head = new byte[1 << 16];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        long lines = 0;
        for (int i = 0; i < n; i++) {
            if (head[i] == '\n') {
                lines++;
            }
        }
        if (lines == 0) {
            return 0;
        }
        return size * lines / n;
    }

    /** The line (1 is the first) holding the first byte that is not UTF-8, or -1 when the file is UTF-8. */
    static long firstLineNotUtf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = n < 0;
                if (!end) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    if (chars.get() == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    return line;
                }
                bytes.compact();
                if (end) {
                    return -1;
                }
            }
        }
    }

    static CsvReader<CsvRecord> records(Reader reader) {
        return CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(reader);
    }

    static Reader strictUtf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }
}
