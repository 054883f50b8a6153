package org.rightbalance.evaluation.importing.cin;

import java.util.Objects;

/**
 * One problem in a CIN census file, described so that a person can find and fix it.
 *
 * @param file      the file name
 * @param line      the line of the element (1-based); 0 when unknown
 * @param laChildId the child's {@code LAchildID}, or "" for the header or the whole file
 * @param element   the element, e.g. {@code CINPlanStartDate}, or "" for the whole file
 * @param rule      the rule's stable id (see {@link CinRule})
 * @param message   what is wrong and what to fix
 */
public record CinFinding(String file, long line, String laChildId, String element, String rule, String message) {

    public CinFinding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        laChildId = laChildId == null ? "" : laChildId;
        element = element == null ? "" : element;
    }

    /** One line: {@code file, line L, child C, element E: message (rule)}, leaving out unknown parts. */
    public String describe() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(", line ").append(line);
        }
        if (!laChildId.isEmpty()) {
            b.append(", child ").append(laChildId);
        }
        if (!element.isEmpty()) {
            b.append(", element ").append(element);
        }
        return b.append(": ").append(message).append(" (").append(rule).append(')').toString();
    }
}
