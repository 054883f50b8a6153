package org.rightbalance.evaluation.ssd;

import java.util.Objects;

/**
 * One problem in an extract, described so that a person can find and fix it.
 *
 * @param file     the file name, e.g. {@code ssd_person.csv}
 * @param line     the line in the file where the row starts (1 is the header); 0 for the whole file
 * @param recordId the row's identifier (its id column), or "" when unknown
 * @param column   the column, or "" for the whole row or file
 * @param rule     the rule's stable id, e.g. {@code unknown-person} (see {@link SsdRule})
 * @param message  what is wrong and what to fix
 */
public record Finding(String file, long line, String recordId, String column, String rule, String message) {

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        recordId = recordId == null ? "" : recordId;
        column = column == null ? "" : column;
    }

    /** One line: {@code file, line L, record R, column C: message (rule)}, leaving out parts that are unknown. */
    public String describe() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(", line ").append(line);
        }
        if (!recordId.isEmpty()) {
            b.append(", record ").append(recordId);
        }
        if (!column.isEmpty()) {
            b.append(", column ").append(column);
        }
        return b.append(": ").append(message).append(" (").append(rule).append(')').toString();
    }
}
