package org.rightbalance.virtualschool;

import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term of an academic year, e.g. 2025/26 autumn.
 *
 * @param startYear the calendar year the academic year starts in (2025 for 2025/26)
 */
public record SchoolTerm(int startYear, Term term) implements Comparable<SchoolTerm> {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Comparator<SchoolTerm> ORDER = Comparator.comparingInt(SchoolTerm::startYear)
            .thenComparing(SchoolTerm::term);

    public SchoolTerm {
        Objects.requireNonNull(term, "term");
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("academic year out of range: " + startYear);
        }
    }

    /** The start year of an academic year written as "2025/26", if it is written that way and the years follow. */
    public static Optional<Integer> parseAcademicYear(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = YEAR.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        return (start + 1) % 100 == end && start >= 2000 && start <= 2100 ? Optional.of(start) : Optional.empty();
    }

    public static String academicYearLabel(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /** The term a date falls in (autumn from September, spring from January, summer from after Easter, taken as 15 April). */
    public static SchoolTerm containing(LocalDate date) {
        int year = date.getYear();
        if (date.getMonthValue() >= Month.SEPTEMBER.getValue()) {
            return new SchoolTerm(year, Term.AUTUMN);
        }
        return new SchoolTerm(year - 1, date.isBefore(LocalDate.of(year, 4, 15)) ? Term.SPRING : Term.SUMMER);
    }

    public String academicYear() {
        return academicYearLabel(startYear);
    }

    /** For example "2025/26 autumn". */
    public String label() {
        return academicYear() + " " + term.label().toLowerCase();
    }

    public LocalDate starts() {
        return switch (term) {
            case AUTUMN -> LocalDate.of(startYear, 9, 1);
            case SPRING -> LocalDate.of(startYear + 1, 1, 1);
            case SUMMER -> LocalDate.of(startYear + 1, 4, 15);
        };
    }

    public LocalDate ends() {
        return switch (term) {
            case AUTUMN -> LocalDate.of(startYear, 12, 31);
            case SPRING -> LocalDate.of(startYear + 1, 4, 14);
            case SUMMER -> LocalDate.of(startYear + 1, 8, 31);
        };
    }

    public SchoolTerm previous() {
        return switch (term) {
            case AUTUMN -> new SchoolTerm(startYear - 1, Term.SUMMER);
            case SPRING -> new SchoolTerm(startYear, Term.AUTUMN);
            case SUMMER -> new SchoolTerm(startYear, Term.SPRING);
        };
    }

    @Override
    public int compareTo(SchoolTerm other) {
        return ORDER.compare(this, other);
    }
}
