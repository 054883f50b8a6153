package org.rightbalance.evaluation.ssd;

import java.time.LocalDate;

/**
 * Dates as SSD extracts write them, parsed by hand (no regular expression, no exception on the hot
 * path): {@code yyyy-mm-dd}, {@code yyyy-mm-dd} followed by {@code T} or a space and
 * {@code HH:mm[:ss[.fff]]} (the time is checked and dropped), or {@code dd/mm/yyyy}. Years run from
 * {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Every distinct date is one shared {@link LocalDate}.
 */
public final class SsdDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2099;

    private static final LocalDate[] CACHE = new LocalDate[(LAST_YEAR - FIRST_YEAR + 1) * 12 * 31];

    private SsdDates() {
    }

    /** The date {@code text} stands for, or {@code null} when it is not a real date in an accepted form. */
    public static LocalDate parse(String text) {
        int n = text.length();
        if (n == 10 && text.charAt(2) == '/' && text.charAt(5) == '/') {
            return date(digits(text, 6, 4), digits(text, 3, 2), digits(text, 0, 2));
        }
        if (n >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            if (n > 10 && !validTime(text)) {
                return null;
            }
            return date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        }
        return null;
    }

    /** After the date: [T ]HH:mm, then optionally :ss and .fraction. */
    private static boolean validTime(String text) {
        int n = text.length();
        char sep = text.charAt(10);
        if ((sep != 'T' && sep != ' ') || n < 16 || text.charAt(13) != ':') {
            return false;
        }
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return false;
        }
        if (n == 16) {
            return true;
        }
        if (n < 19 || text.charAt(16) != ':') {
            return false;
        }
        int second = digits(text, 17, 2);
        if (second < 0 || second > 59) {
            return false;
        }
        if (n == 19) {
            return true;
        }
        if (text.charAt(19) != '.' || n == 20) {
            return false;
        }
        return allDigits(text, 20, n);
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1
                || day > lengthOfMonth(year, month)) {
            return null;
        }
        int key = ((year - FIRST_YEAR) * 12 + (month - 1)) * 31 + (day - 1);
        LocalDate d = CACHE[key];
        if (d == null) {
            d = LocalDate.of(year, month, day);
            CACHE[key] = d;
        }
        return d;
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** The number written by {@code count} digits from {@code from}, or -1 if any is not a digit. */
    private static int digits(String text, int from, int count) {
        if (count > 9) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
