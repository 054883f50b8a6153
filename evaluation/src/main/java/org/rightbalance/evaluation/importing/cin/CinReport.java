package org.rightbalance.evaluation.importing.cin;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The outcome of checking a CIN census file: a plain record that Jackson serializes as it is.
 *
 * @param file           the file name
 * @param problemCount   all findings, including those beyond the stored list
 * @param problemsByRule findings per rule id
 * @param findings       the first findings, in file order, at most {@link #STORED_FINDINGS}
 */
public record CinReport(String file, long problemCount, Map<String, Long> problemsByRule, List<CinFinding> findings) {

    /** How many findings a report keeps; all of them are counted. */
    public static final int STORED_FINDINGS = 1000;

    private static final int SUMMARY_FINDINGS = 20;

    public CinReport {
        Objects.requireNonNull(file, "file");
        problemsByRule = Collections.unmodifiableMap(new TreeMap<>(problemsByRule));
        findings = List.copyOf(findings);
    }

    /** True when no rule was broken. */
    public boolean clean() {
        return problemCount == 0;
    }

    /** Findings of one rule id. */
    public long count(String ruleId) {
        return problemsByRule.getOrDefault(ruleId, 0L);
    }

    /** A human-readable summary: counts per rule, then the first findings one per line. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(file).append(": ").append(problemCount).append(problemCount == 1 ? " problem" : " problems");
        problemsByRule.forEach((rule, n) -> b.append("\n  ").append(rule).append(": ").append(n));
        int shown = Math.min(SUMMARY_FINDINGS, findings.size());
        for (int i = 0; i < shown; i++) {
            b.append("\n- ").append(findings.get(i).describe());
        }
        if (problemCount > shown) {
            b.append("\n… and ").append(problemCount - shown).append(" more");
        }
        return b.toString();
    }
}
