package org.rightbalance.evaluation.importing.ssda903;

import org.rightbalance.evaluation.importing.SsdExtractWriter;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Writes a synthetic SSDA903 return from an extract's people and care episodes: every person is a
 * Header row; every care episode (period of care) becomes one to three Episodes rows, the first with
 * RNE S, the others commencing on the day the previous one ceased with REC X1, the last ceasing with
 * E-code REC on the period's end (or open). Placement details are made up from {@code seed}; the same
 * extract and seed give the same bytes. For tests and round trips: reading the output back gives the
 * extract's periods of care ({@link Ssda903Return#carePeriods()}).
 */
public final class Ssda903Writer {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final String[] LATER_RNE = {"P", "L", "T", "U", "B", "C"};
    private static final String[] LS = {"C2", "V2", "C1", "E1", "J2", "L1"};
    private static final String[] PLACE = {"U1", "U4", "U5", "U6", "R1", "K2", "H5", "P1"};
    private static final String[] PROVIDER = {"PR1", "PR2", "PR3", "PR4"};
    private static final String[] ENDING = {"E13", "E11", "E12", "E41", "E45", "E48", "E4A", "E8", "E15"};

    static final List<String> HEADER_COLUMNS = List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB");
    static final List<String> EPISODE_COLUMNS = List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE",
            "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");

    private Ssda903Writer() {
    }

    /** The episodes that stand for {@code extract}'s care episodes, ordered by child and DECOM. */
    public static List<Ssda903Episode> episodes(SsdExtract extract, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<CareEpisode> periods = new ArrayList<>(extract.careEpisodes());
        periods.sort(Comparator.comparing(CareEpisode::personId).thenComparing(CareEpisode::start));
        List<Ssda903Episode> out = new ArrayList<>();
        for (CareEpisode period : periods) {
            long length = period.ceased() == null ? 400 : ChronoUnit.DAYS.between(period.start(), period.ceased());
            int wanted = rnd.nextInt(3);
            TreeSet<LocalDate> cuts = new TreeSet<>();
            for (int i = 0; i < wanted && length > 1; i++) {
                cuts.add(period.start().plusDays(1 + rnd.nextLong(length - 1)));
            }
            List<LocalDate> starts = new ArrayList<>();
            starts.add(period.start());
            starts.addAll(cuts);
            String cin = "N" + (1 + rnd.nextInt(8));
            String provider = PROVIDER[rnd.nextInt(PROVIDER.length)];
            for (int i = 0; i < starts.size(); i++) {
                boolean last = i == starts.size() - 1;
                LocalDate dec = last ? period.ceased() : starts.get(i + 1);
                String rec = !last ? Ssda903Episode.X1 : dec == null ? "" : ENDING[rnd.nextInt(ENDING.length)];
                String rne = i == 0 ? Ssda903Episode.STARTED : LATER_RNE[rnd.nextInt(LATER_RNE.length)];
                out.add(new Ssda903Episode(period.personId(), starts.get(i), rne, LS[rnd.nextInt(LS.length)], cin,
                        PLACE[rnd.nextInt(PLACE.length)], provider, dec, rec,
                        i == 0 ? "" : "CHILD", "", "", "SC" + (100000 + rnd.nextInt(900000))));
            }
        }
        return out;
    }

    /** Writes {@code Header.csv} and {@code Episodes.csv} into {@code folder} (created if needed). */
    public static void writeCsv(SsdExtract extract, long seed, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve(Ssda903Reader.HEADER + ".csv"),
                StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADER_COLUMNS));
            w.write('\n');
            for (Person p : sorted(extract)) {
                w.write(SsdExtractWriter.csvLine(List.of(p.personId(), sex(p.sex()), dmy(p.dateOfBirth()),
                        p.ethnicity(), "", "", "")));
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(folder.resolve(Ssda903Reader.EPISODES + ".csv"),
                StandardCharsets.UTF_8)) {
            w.write(String.join(",", EPISODE_COLUMNS));
            w.write('\n');
            for (Ssda903Episode e : episodes(extract, seed)) {
                w.write(SsdExtractWriter.csvLine(List.of(e.child(), dmy(e.commenced()), e.reasonNewEpisode(),
                        e.legalStatus(), e.categoryOfNeed(), e.placement(), e.placementProvider(), dmy(e.ceased()),
                        e.reasonCeased(), e.reasonPlaceChange(), e.homePostcode(), e.placementPostcode(), e.urn())));
            }
        }
    }

    /**
     * Writes the XML form: {@code <EXPSSDA903>} with one {@code <CHILD>} per person holding a
     * {@code <HEADER>} (CHILDID, SEX, DOB, ETHNIC) and its {@code <EPISODE>}s (DECOM, RNE, LS, CIN, PL,
     * PLACE_PROVIDER, DEC, REC, REASON_PLACE_CHANGE, URN); empty values are left out.
     */
    public static void writeXml(SsdExtract extract, long seed, Path file) throws IOException {
        List<Ssda903Episode> episodes = episodes(extract, seed);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n");
            int next = 0;
            for (Person p : sorted(extract)) {
                w.write("  <CHILD>\n    <HEADER>\n");
                element(w, 6, "CHILDID", p.personId());
                element(w, 6, "SEX", sex(p.sex()));
                element(w, 6, "DOB", dmy(p.dateOfBirth()));
                element(w, 6, "ETHNIC", p.ethnicity());
                w.write("    </HEADER>\n");
                while (next < episodes.size() && episodes.get(next).child().compareTo(p.personId()) < 0) {
                    next++;
                }
                for (; next < episodes.size() && episodes.get(next).child().equals(p.personId()); next++) {
                    Ssda903Episode e = episodes.get(next);
                    w.write("    <EPISODE>\n");
                    element(w, 6, "DECOM", dmy(e.commenced()));
                    element(w, 6, "RNE", e.reasonNewEpisode());
                    element(w, 6, "LS", e.legalStatus());
                    element(w, 6, "CIN", e.categoryOfNeed());
                    element(w, 6, "PL", e.placement());
                    element(w, 6, "PLACE_PROVIDER", e.placementProvider());
                    element(w, 6, "DEC", dmy(e.ceased()));
                    element(w, 6, "REC", e.reasonCeased());
                    element(w, 6, "REASON_PLACE_CHANGE", e.reasonPlaceChange());
                    element(w, 6, "URN", e.urn());
                    w.write("    </EPISODE>\n");
                }
                w.write("  </CHILD>\n");
            }
            w.write("</EXPSSDA903>\n");
        }
    }

    private static List<Person> sorted(SsdExtract extract) {
        List<Person> people = new ArrayList<>(extract.people());
        people.sort(Comparator.comparing(Person::personId));
        return people;
    }

    private static void element(BufferedWriter w, int indent, String name, String value) throws IOException {
        if (value.isEmpty()) {
            return;
        }
        w.write(" ".repeat(indent));
        w.write('<' + name + '>');
        w.write(value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
        w.write("</" + name + ">\n");
    }

    static String sex(Sex sex) {
        return switch (sex) {
            case MALE -> "1";
            case FEMALE -> "2";
            case UNKNOWN -> "0";
        };
    }

    static String dmy(LocalDate d) {
        return d == null ? "" : DMY.format(d);
    }
}
