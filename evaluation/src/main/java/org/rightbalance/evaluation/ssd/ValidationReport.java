package org.rightbalance.evaluation.ssd;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

/**
 * How an extract was checked: every finding (the first {@link #STORED_FINDINGS} of them), the count of
 * all findings per rule and per file, and the rows read and kept per file. A plain record of lists,
 * maps, strings and numbers, so it serializes as JSON or YAML as it is.
 *
 * @param policy         the policy the extract was read with
 * @param problemCount   all findings, including those beyond the stored list
 * @param problemsByRule findings per rule id
 * @param findings       the first findings, in file order, at most {@link #STORED_FINDINGS}
 * @param files          one entry per file of {@link SsdExtract#FILES}, in that order
 * @param notes          remarks that are not problems, e.g. an optional file that was absent
 */
public record ValidationReport(ValidationPolicy policy, long problemCount, Map<String, Long> problemsByRule,
                               List<Finding> findings, List<FileReport> files, List<String> notes) {

    /** How many findings a report keeps; all of them are counted. */
    public static final int STORED_FINDINGS = 1000;

    /** How many findings {@link #summary()} lists. */
    private static final int SUMMARY_FINDINGS = 20;

    public ValidationReport {
        Objects.requireNonNull(policy, "policy");
        problemsByRule = Collections.unmodifiableMap(new TreeMap<>(problemsByRule));
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    /** True when no rule was broken. */
    public boolean clean() {
        return problemCount == 0;
    }

    /** The report of one file. */
    public FileReport file(String name) {
        for (FileReport f : files) {
            if (f.file().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no file " + name + " in the report");
    }

    /** Findings of one rule id, among the stored ones. */
    public long count(String ruleId) {
        return problemsByRule.getOrDefault(ruleId, 0L);
    }

    /** A few lines for a person: totals per rule, rows per file, notes and the first findings. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append("Read with policy ").append(policy).append(": ");
        if (problemCount == 0) {
            b.append("no problems.");
        } else {
            b.append(problemCount).append(problemCount == 1 ? " problem" : " problems").append(" (")
                    .append(counts(problemsByRule)).append(").");
        }
        b.append('\n');
        for (FileReport f : files) {
            b.append("  ").append(f.file()).append(": ");
            if (!f.present()) {
                b.append("absent");
            } else {
                b.append(f.rowsRead()).append(" rows read, ").append(f.rowsKept()).append(" kept");
                if (f.rowsDropped() > 0) {
                    b.append(", ").append(f.rowsDropped()).append(policy == ValidationPolicy.STOP
                            ? " with problems" : " dropped").append(" (").append(counts(f.droppedByRule())).append(')');
                }
            }
            b.append('\n');
        }
        for (String note : notes) {
            b.append("Note: ").append(note).append('\n');
        }
        if (!findings.isEmpty()) {
            int shown = Math.min(SUMMARY_FINDINGS, findings.size());
            b.append(shown == problemCount ? "Problems:" : "First " + shown + " of " + problemCount + " problems:")
                    .append('\n');
            for (int i = 0; i < shown; i++) {
                b.append("  ").append(findings.get(i).describe()).append('\n');
            }
        }
        return b.toString();
    }

    private static String counts(Map<String, Long> byRule) {
        StringBuilder b = new StringBuilder();
        byRule.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(e.getKey()).append(' ').append(e.getValue());
        });
        return b.toString();
    }
}
