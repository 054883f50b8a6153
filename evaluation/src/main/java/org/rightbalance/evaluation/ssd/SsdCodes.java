package org.rightbalance.evaluation.ssd;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The DfE code lists an extract is checked against. Lookup is by hash, case-insensitive, and returns
 * the list's own string so that millions of rows share one instance per code.
 */
public final class SsdCodes {

    /** DfE ethnicity codes (CIN census / SSD {@code pers_ethnicity}). */
    public static final List<String> ETHNICITY = List.of("WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA",
            "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT");

    /** CIN primary need codes N0-N9 ({@code cine_cin_primary_need_code}). */
    public static final List<String> PRIMARY_NEED = List.of("N0", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8",
            "N9");

    /** Referral source codes ({@code cine_referral_source_code}). */
    public static final List<String> REFERRAL_SOURCE = List.of("1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C",
            "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10");

    /** CIN closure reasons RC1-RC9 ({@code cine_close_reason}). */
    public static final List<String> CLOSE_REASON = List.of("RC1", "RC2", "RC3", "RC4", "RC5", "RC6", "RC7", "RC8",
            "RC9");

    private static final Map<String, String> ETHNICITY_LOOKUP = lookup(ETHNICITY);
    private static final Map<String, String> PRIMARY_NEED_LOOKUP = lookup(PRIMARY_NEED);
    private static final Map<String, String> REFERRAL_SOURCE_LOOKUP = lookup(REFERRAL_SOURCE);
    private static final Map<String, String> CLOSE_REASON_LOOKUP = lookup(CLOSE_REASON);

    private SsdCodes() {
    }

    /** The canonical ethnicity code for {@code text}, or {@code null} when it is not one. */
    public static String ethnicity(String text) {
        return find(ETHNICITY_LOOKUP, text);
    }

    /** The canonical primary need code for {@code text}, or {@code null}. */
    public static String primaryNeed(String text) {
        return find(PRIMARY_NEED_LOOKUP, text);
    }

    /** The canonical referral source code for {@code text}, or {@code null}. */
    public static String referralSource(String text) {
        return find(REFERRAL_SOURCE_LOOKUP, text);
    }

    /** The canonical close reason for {@code text}, or {@code null}. */
    public static String closeReason(String text) {
        return find(CLOSE_REASON_LOOKUP, text);
    }

    private static String find(Map<String, String> lookup, String text) {
        String code = lookup.get(text);
        if (code == null) {
            code = lookup.get(text.toUpperCase(Locale.ROOT));
        }
        return code;
    }

    private static Map<String, String> lookup(List<String> codes) {
        Map<String, String> map = new HashMap<>();
        for (String c : codes) {
            map.put(c, c);
        }
        return Map.copyOf(map);
    }
}
