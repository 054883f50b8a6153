package org.rightbalance.evaluation.ssd;

import org.rightbalance.stats.data.InvalidDataException;

import java.util.Objects;

/**
 * An extract that cannot be used: the message is one line naming the count and the first problem;
 * {@link #report()} holds every finding.
 */
public class InvalidExtractException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    private final transient ValidationReport report;

    public InvalidExtractException(ValidationReport report) {
        super(message(Objects.requireNonNull(report, "report")));
        this.report = report;
    }

    /** The full report: all findings (up to the stored limit) and the counts per rule and file. */
    public ValidationReport report() {
        return report;
    }

    private static String message(ValidationReport report) {
        long n = report.problemCount();
        String head = n + (n == 1 ? " problem" : " problems") + " in the extract";
        if (report.findings().isEmpty()) {
            return head;
        }
        return head + "; first: " + report.findings().get(0).describe();
    }
}
