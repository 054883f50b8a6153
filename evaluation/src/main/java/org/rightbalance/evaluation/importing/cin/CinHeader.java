package org.rightbalance.evaluation.importing.cin;

import java.time.LocalDate;

/**
 * The census header.
 *
 * @param collection    always {@code CIN}
 * @param year          the census Year: the year of the reference date, e.g. 2024 for 2023/24
 * @param referenceDate the census reference date (31 March of {@code year}), or {@code null} when absent
 * @param sourceLevel   SourceLevel, or ""
 * @param lea           the LEA number, or ""
 * @param softwareCode  SoftwareCode, or ""
 * @param release       Release, or ""
 * @param serialNo      SerialNo, or ""
 * @param dateTime      DateTime as written, or ""
 */
public record CinHeader(String collection, int year, LocalDate referenceDate, String sourceLevel, String lea,
                        String softwareCode, String release, String serialNo, String dateTime) {

    /** The first census Year this reader supports (2017/18). */
    public static final int FIRST_YEAR = 2018;
    /** The last census Year this reader supports (2025/26). */
    public static final int LAST_YEAR = 2026;
    /** The first Year that codes sex as Sex (M/F/U) instead of GenderCurrent (2024/25). */
    public static final int FIRST_SEX_YEAR = 2025;
    /** The first Year with pre-proceedings and family group decision-making elements (2025/26). */
    public static final int FIRST_PRE_PROCEEDINGS_YEAR = 2026;

    /** "2023/24" for Year 2024. */
    public String collectionYear() {
        return (year - 1) + "/" + String.format("%02d", year % 100);
    }
}
