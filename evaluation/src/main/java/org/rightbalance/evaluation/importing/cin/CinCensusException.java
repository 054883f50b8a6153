package org.rightbalance.evaluation.importing.cin;

import org.rightbalance.stats.data.InvalidDataException;

import java.util.Objects;

/**
 * A CIN census file that cannot be used: the message is one line naming the count and the first problem
 * (file, line, child, element, what to fix); {@link #report()} holds every finding.
 */
public class CinCensusException extends InvalidDataException {

    private static final long serialVersionUID = 1L;

    private final transient CinReport report;

    public CinCensusException(CinReport report) {
        super(message(Objects.requireNonNull(report, "report")));
        this.report = report;
    }

    public CinCensusException(CinReport report, Throwable cause) {
        super(message(Objects.requireNonNull(report, "report")), cause);
        this.report = report;
    }

    public CinReport report() {
        return report;
    }

    private static String message(CinReport report) {
        long n = report.problemCount();
        String head = n + (n == 1 ? " problem" : " problems") + " in the CIN census file " + report.file();
        if (report.findings().isEmpty()) {
            return head;
        }
        return head + "; first: " + report.findings().get(0).describe();
    }
}
