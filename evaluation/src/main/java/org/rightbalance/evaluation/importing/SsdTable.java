package org.rightbalance.evaluation.importing;

import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The seven tables of an evaluation input folder as {@link SsdExtractWriter} writes them, with what the streaming
 * import needs of each: the file and header, a record's CSV fields and back, the child it belongs to, the key that
 * orders the written file (the order of {@link ExtractMerger}'s {@code TreeMap}s and comparators, so streamed and
 * in-memory imports write the same bytes) and its name in {@link ExtractMerger#YEARS_FILE}.
 *
 * <p>{@link #parse} reads only what {@link #fields} writes (dates as yyyy-mm-dd, sex as its code, no surrounding
 * blanks) and throws {@link IllegalArgumentException} on anything else: a folder in another form is not streamed.
 */
enum SsdTable {
    PERSON(SsdReader.PERSON, SsdExtractWriter.PERSON_HEADER, "person"),
    FAMILY(SsdReader.FAMILY, SsdExtractWriter.FAMILY_HEADER, null),
    REFERRAL(SsdReader.CIN_EPISODES, SsdExtractWriter.REFERRAL_HEADER, "referral"),
    CIN_PLAN(SsdReader.CIN_PLANS, SsdExtractWriter.CIN_PLAN_HEADER, "cin_plan"),
    CP_PLAN(SsdReader.CP_PLANS, SsdExtractWriter.CP_PLAN_HEADER, "cp_plan"),
    CARE_EPISODE(SsdReader.CLA_EPISODES, SsdExtractWriter.CARE_HEADER, "care_episode"),
    PARTICIPATION(SsdReader.PARTICIPATION, SsdExtractWriter.PARTICIPATION_HEADER, null);

    /** Separates the parts of a composite key: below every character an identifier or date holds. */
    static final char KEY_SEPARATOR = '\0';

    /** The tables in declaration order, once: {@code values()} copies its array on every call, and rows are many. */
    static final List<SsdTable> ALL = List.of(values());

    private final String file;
    private final String header;
    private final int fieldCount;
    private final String yearsName;

    SsdTable(String file, String header, String yearsName) {
        this.file = file;
        this.header = header;
        this.fieldCount = header.split(",").length;
        this.yearsName = yearsName;
    }

    String file() {
        return file;
    }

    String header() {
        return header;
    }

    /** The table's name in {@link ExtractMerger#YEARS_FILE}; null for the two tables without collection years. */
    String yearsName() {
        return yearsName;
    }

    /** The rows of this table in {@code x}. */
    List<?> rows(SsdExtract x) {
        return switch (this) {
            case PERSON -> x.people();
            case FAMILY -> x.families();
            case REFERRAL -> x.referrals();
            case CIN_PLAN -> x.cinPlans();
            case CP_PLAN -> x.cpPlans();
            case CARE_EPISODE -> x.careEpisodes();
            case PARTICIPATION -> x.participation();
        };
    }

    /** The child a record of this table belongs to. */
    String childOf(Object record) {
        return switch (this) {
            case PERSON -> ((Person) record).personId();
            case FAMILY -> ((FamilyMembership) record).personId();
            case REFERRAL -> ((Referral) record).personId();
            case CIN_PLAN -> ((CinPlan) record).personId();
            case CP_PLAN -> ((ChildProtectionPlan) record).personId();
            case CARE_EPISODE -> ((CareEpisode) record).personId();
            case PARTICIPATION -> ((ProgrammeParticipation) record).personId();
        };
    }

    /**
     * The key the written file is ordered by: the record's id ({@link ExtractMerger}'s key: child and start for a
     * care episode); for families and participation, which have none, every field in the merger's comparator order.
     */
    String key(Object record) {
        return switch (this) {
            case PERSON -> ((Person) record).personId();
            case REFERRAL -> ((Referral) record).referralId();
            case CIN_PLAN -> ((CinPlan) record).planId();
            case CP_PLAN -> ((ChildProtectionPlan) record).planId();
            case CARE_EPISODE -> ((CareEpisode) record).personId() + '/' + ((CareEpisode) record).start();
            case FAMILY -> ((FamilyMembership) record).familyId() + KEY_SEPARATOR
                    + ((FamilyMembership) record).personId();
            case PARTICIPATION -> {
                ProgrammeParticipation p = (ProgrammeParticipation) record;
                yield p.personId() + KEY_SEPARATOR + p.start() + KEY_SEPARATOR + p.programme() + KEY_SEPARATOR
                        + (p.referralId() == null ? "" : p.referralId()) + KEY_SEPARATOR + p.end();
            }
        };
    }

    /** The record's fields, as {@link SsdExtractWriter} writes them. */
    List<String> fields(Object record) {
        return switch (this) {
            case PERSON -> {
                Person p = (Person) record;
                yield List.of(p.personId(), p.sex().code(), p.ethnicity(), text(p.dateOfBirth()), p.nationality());
            }
            case FAMILY -> List.of(((FamilyMembership) record).familyId(), ((FamilyMembership) record).personId());
            case REFERRAL -> {
                Referral r = (Referral) record;
                yield List.of(r.referralId(), r.personId(), text(r.referralDate()), r.primaryNeedCode(),
                        r.referralSourceCode(), text(r.closeDate()), r.closeReason());
            }
            case CIN_PLAN -> {
                CinPlan p = (CinPlan) record;
                yield List.of(p.planId(), p.referralId(), p.personId(), text(p.start()), text(p.end()));
            }
            case CP_PLAN -> {
                ChildProtectionPlan p = (ChildProtectionPlan) record;
                yield List.of(p.planId(), p.personId(), text(p.start()), text(p.end()));
            }
            case CARE_EPISODE -> {
                CareEpisode e = (CareEpisode) record;
                yield List.of(e.episodeId(), e.personId(), text(e.start()), text(e.ceased()));
            }
            case PARTICIPATION -> {
                ProgrammeParticipation p = (ProgrammeParticipation) record;
                yield List.of(p.personId(), p.referralId() == null ? "" : p.referralId(), p.programme(),
                        text(p.start()), text(p.end()));
            }
        };
    }

    /** The record {@link #fields} gave these fields (from {@code from}); see the class comment. */
    Object parse(List<String> f, int from) {
        if (f.size() - from != fieldCount) {
            throw new IllegalArgumentException(file + ": " + (f.size() - from) + " fields, not " + fieldCount);
        }
        return switch (this) {
            case PERSON -> new Person(f.get(from), sex(f.get(from + 1)), f.get(from + 2), date(f.get(from + 3)),
                    f.get(from + 4));
            case FAMILY -> new FamilyMembership(f.get(from), f.get(from + 1));
            case REFERRAL -> new Referral(f.get(from), f.get(from + 1), date(f.get(from + 2)), f.get(from + 3),
                    f.get(from + 4), date(f.get(from + 5)), f.get(from + 6));
            case CIN_PLAN -> new CinPlan(f.get(from), f.get(from + 1), f.get(from + 2), date(f.get(from + 3)),
                    date(f.get(from + 4)));
            case CP_PLAN -> new ChildProtectionPlan(f.get(from), f.get(from + 1), date(f.get(from + 2)),
                    date(f.get(from + 3)));
            case CARE_EPISODE -> new CareEpisode(f.get(from), f.get(from + 1), date(f.get(from + 2)),
                    date(f.get(from + 3)));
            case PARTICIPATION -> new ProgrammeParticipation(f.get(from), f.get(from + 1).isEmpty() ? null
                    : f.get(from + 1), f.get(from + 2), date(f.get(from + 3)), date(f.get(from + 4)));
        };
    }

    /** Exactly the codes {@link #fields} writes (not {@link Sex#fromCode}, which also takes other cases and blanks). */
    private static final java.util.Map<String, Sex> SEX_BY_CODE = java.util.Arrays.stream(Sex.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Sex::code, s -> s));

    private static Sex sex(String code) {
        Sex sex = SEX_BY_CODE.get(code);
        if (sex == null) {
            throw new IllegalArgumentException("sex '" + code + "' is not a code");
        }
        return sex;
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        LocalDate d = LocalDate.parse(text);
        if (!d.toString().equals(text)) {
            throw new IllegalArgumentException("date '" + text + "' is not yyyy-mm-dd");
        }
        return d;
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** The fields of one line {@link SsdExtractWriter#csvLine} wrote (its inverse; the line ends with its \n). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        int n = line.endsWith("\n") ? line.length() - 1 : line.length();
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (i < n) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            b.append('"');
                            i += 2;
                        } else {
                            i++;
                            break;
                        }
                    } else {
                        b.append(c);
                        i++;
                    }
                }
            } else {
                while (i < n && line.charAt(i) != ',') {
                    b.append(line.charAt(i++));
                }
            }
            out.add(b.toString());
            b.setLength(0);
            if (i >= n) {
                return out;
            }
            i++; // the comma
        }
    }
}
