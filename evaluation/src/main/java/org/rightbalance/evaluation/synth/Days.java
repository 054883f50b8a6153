package org.rightbalance.evaluation.synth;

import java.time.LocalDate;

/**
 * Dates as epoch days, with the calendar fields and ISO text of every day from 1990 to 2045 computed
 * once, so that the generator formats and compares dates without allocating.
 */
final class Days {

    static final int FIRST = (int) LocalDate.of(1990, 1, 1).toEpochDay();
    static final int LAST = (int) LocalDate.of(2045, 12, 31).toEpochDay();

    private static final int[] YEAR = new int[LAST - FIRST + 1];
    private static final int[] MONTH_DAY = new int[LAST - FIRST + 1];
    private static final String[] TEXT = new String[LAST - FIRST + 1];

    static {
        for (int d = FIRST; d <= LAST; d++) {
            LocalDate date = LocalDate.ofEpochDay(d);
            YEAR[d - FIRST] = date.getYear();
            MONTH_DAY[d - FIRST] = date.getMonthValue() * 100 + date.getDayOfMonth();
            TEXT[d - FIRST] = date.toString();
        }
    }

    private Days() {
    }

    static int of(LocalDate date) {
        return check((int) date.toEpochDay());
    }

    static int of(int year, int month, int day) {
        return of(LocalDate.of(year, month, day));
    }

    static String text(int day) {
        return TEXT[check(day) - FIRST];
    }

    static int year(int day) {
        return YEAR[check(day) - FIRST];
    }

    /** Calendar quarter 1–4 (January–March is 1). */
    static int quarter(int day) {
        return (MONTH_DAY[check(day) - FIRST] / 100 - 1) / 3 + 1;
    }

    /** Age in completed years on {@code day} of a child born on {@code birth} (as {@code Period.between}). */
    static int age(int birth, int day) {
        int years = YEAR[check(day) - FIRST] - YEAR[check(birth) - FIRST];
        return MONTH_DAY[day - FIRST] < MONTH_DAY[birth - FIRST] ? years - 1 : years;
    }

    /** The same day {@code years} earlier (29 February becomes 28 February). */
    static int yearsBefore(int day, int years) {
        return of(LocalDate.ofEpochDay(day).minusYears(years));
    }

    private static int check(int day) {
        if (day < FIRST || day > LAST) {
            throw new IllegalArgumentException("date outside 1990-2045: " + LocalDate.ofEpochDay(day));
        }
        return day;
    }
}
