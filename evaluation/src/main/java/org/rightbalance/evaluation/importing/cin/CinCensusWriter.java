package org.rightbalance.evaluation.importing.cin;

import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a synthetic CIN census XML file from an {@link SsdExtract}: the project's own test data, in the layout
 * councils submit (see {@code docs/cin-census.md}). Every child with at least one referral becomes a Child; each
 * referral a CINdetails with its CIN plans; each CP plan goes under the child's latest referral received on or
 * before the plan's start (the first referral when none was). Sex is written as GenderCurrent (1, 2, 0) up to
 * 2023/24 and as Sex (M, F, U) from 2024/25; for 2025/26 a family group decision-making offer is written for every
 * CP plan and a pre-proceedings period before every care episode that starts while a referral is open.
 */
public final class CinCensusWriter {

    private static final String[] CATEGORIES = {"NEG", "EMO", "PHY", "SAB", "MUL"};

    private CinCensusWriter() {
    }

    /** Writes the census for Year {@code year} (2018 for 2017/18 … 2026 for 2025/26) to {@code file} as UTF-8. */
    public static void write(SsdExtract extract, int year, Path file) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(extract, year, w);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the census for Year {@code year} to {@code out} (which the caller closes). */
    public static void write(SsdExtract extract, int year, Writer out) throws IOException {
        if (year < CinHeader.FIRST_YEAR || year > CinHeader.LAST_YEAR) {
            throw new IllegalArgumentException("year must be " + CinHeader.FIRST_YEAR + " to " + CinHeader.LAST_YEAR
                    + " (the census Year, e.g. 2024 for 2023/24), not " + year);
        }
        Map<String, List<Referral>> referrals = group(extract.referrals(), Referral::personId);
        Map<String, List<CinPlan>> cinPlans = group(extract.cinPlans(), CinPlan::referralId);
        Map<String, List<ChildProtectionPlan>> cpPlans = group(extract.cpPlans(), ChildProtectionPlan::personId);
        Map<String, List<CareEpisode>> care = group(extract.careEpisodes(), CareEpisode::personId);
        BufferedWriter w = out instanceof BufferedWriter b ? b : new BufferedWriter(out);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<Message>\n  <Header>\n    <CollectionDetails>\n");
        leaf(w, 6, "Collection", "CIN");
        leaf(w, 6, "Year", Integer.toString(year));
        leaf(w, 6, "ReferenceDate", LocalDate.of(year, 3, 31).toString());
        w.write("    </CollectionDetails>\n    <Source>\n");
        leaf(w, 6, "SourceLevel", "L");
        leaf(w, 6, "LEA", "999");
        leaf(w, 6, "SoftwareCode", "RightBalance synthetic");
        leaf(w, 6, "Release", "1");
        leaf(w, 6, "SerialNo", "1");
        leaf(w, 6, "DateTime", LocalDate.of(year, 4, 1) + "T00:00:00");
        w.write("    </Source>\n  </Header>\n  <Children>\n");
        for (Person p : extract.people()) {
            List<Referral> mine = new ArrayList<>(referrals.getOrDefault(p.personId(), List.of()));
            if (mine.isEmpty()) {
                continue;
            }
            mine.sort(Comparator.comparing(Referral::referralDate));
            Map<String, List<ChildProtectionPlan>> cpByReferral = new HashMap<>();
            for (ChildProtectionPlan cp : cpPlans.getOrDefault(p.personId(), List.of())) {
                Referral home = mine.get(0);
                for (Referral r : mine) {
                    if (!r.referralDate().isAfter(cp.start())) {
                        home = r;
                    }
                }
                cpByReferral.computeIfAbsent(home.referralId(), k -> new ArrayList<>()).add(cp);
            }
            w.write("    <Child>\n      <ChildIdentifiers>\n");
            leaf(w, 8, "LAchildID", p.personId());
            leaf(w, 8, "PersonBirthDate", p.dateOfBirth().toString());
            if (year >= CinHeader.FIRST_SEX_YEAR) {
                leaf(w, 8, "Sex", p.sex().code());
            } else {
                leaf(w, 8, "GenderCurrent", p.sex() == Sex.MALE ? "1" : p.sex() == Sex.FEMALE ? "2" : "0");
            }
            w.write("      </ChildIdentifiers>\n      <ChildCharacteristics>\n");
            leaf(w, 8, "Ethnicity", p.ethnicity());
            w.write("        <Disabilities>\n");
            leaf(w, 10, "Disability", "NONE");
            w.write("        </Disabilities>\n      </ChildCharacteristics>\n");
            for (Referral r : mine) {
                w.write("      <CINdetails>\n");
                leaf(w, 8, "CINreferralDate", r.referralDate().toString());
                leaf(w, 8, "ReferralSource", r.referralSourceCode());
                leaf(w, 8, "PrimaryNeedCode", r.primaryNeedCode());
                if (r.closeDate() != null) {
                    leaf(w, 8, "CINclosureDate", r.closeDate().toString());
                    leaf(w, 8, "ReasonForClosure", r.closeReason());
                }
                List<CinPlan> plans = new ArrayList<>(cinPlans.getOrDefault(r.referralId(), List.of()));
                plans.sort(Comparator.comparing(CinPlan::start));
                for (CinPlan plan : plans) {
                    w.write("        <CINPlanDates>\n");
                    leaf(w, 10, "CINPlanStartDate", plan.start().toString());
                    leaf(w, 10, "CINPlanEndDate", plan.end() == null ? "" : plan.end().toString());
                    w.write("        </CINPlanDates>\n");
                }
                List<ChildProtectionPlan> cps = new ArrayList<>(cpByReferral.getOrDefault(r.referralId(), List.of()));
                cps.sort(Comparator.comparing(ChildProtectionPlan::start));
                int previous = 0;
                for (ChildProtectionPlan cp : cps) {
                    String category = CATEGORIES[Math.floorMod(cp.planId().hashCode(), CATEGORIES.length)];
                    w.write("        <ChildProtectionPlans>\n");
                    leaf(w, 10, "CPPstartDate", cp.start().toString());
                    leaf(w, 10, "CPPendDate", cp.end() == null ? "" : cp.end().toString());
                    leaf(w, 10, "InitialCategoryOfAbuse", category);
                    leaf(w, 10, "LatestCategoryOfAbuse", category);
                    leaf(w, 10, "NumberOfPreviousCPP", Integer.toString(previous++));
                    w.write("          <Reviews>\n");
                    leaf(w, 12, "CPPreviewDate", cp.start().plusDays(90).toString());
                    w.write("          </Reviews>\n        </ChildProtectionPlans>\n");
                }
                if (year >= CinHeader.FIRST_PRE_PROCEEDINGS_YEAR) {
                    writeNewElements(w, r, cps, care.getOrDefault(p.personId(), List.of()));
                }
                w.write("      </CINdetails>\n");
            }
            w.write("    </Child>\n");
        }
        w.write("  </Children>\n</Message>\n");
        w.flush();
    }

    private static void writeNewElements(BufferedWriter w, Referral r, List<ChildProtectionPlan> cps,
                                         List<CareEpisode> care) throws IOException {
        for (CareEpisode e : care) {
            boolean during = !e.start().isBefore(r.referralDate())
                    && (r.closeDate() == null || !e.start().isAfter(r.closeDate()));
            if (during) {
                LocalDate start = e.start().minusDays(28);
                w.write("        <PreProceedings>\n");
                leaf(w, 10, "PreProceedingsStartDate",
                        (start.isBefore(r.referralDate()) ? r.referralDate() : start).toString());
                leaf(w, 10, "PreProceedingsEndDate", e.start().toString());
                w.write("        </PreProceedings>\n");
            }
        }
        for (ChildProtectionPlan cp : cps) {
            w.write("        <FamilyGroupDecisionMaking>\n");
            leaf(w, 10, "FGDMOfferedDate", cp.start().toString());
            LocalDate held = cp.start().plusDays(14);
            leaf(w, 10, "FGDMDate", r.closeDate() != null && held.isAfter(r.closeDate()) ? "" : held.toString());
            w.write("        </FamilyGroupDecisionMaking>\n");
        }
    }

    private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, List<T>> map = new HashMap<>();
        for (T t : items) {
            map.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(t);
        }
        return map;
    }

    private static void leaf(Writer w, int indent, String name, String value) throws IOException {
        w.write(" ".repeat(indent));
        if (value.isEmpty()) {
            w.write("<" + name + "/>\n");
            return;
        }
        w.write("<" + name + ">" + escape(value) + "</" + name + ">\n");
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
