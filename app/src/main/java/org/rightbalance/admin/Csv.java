package org.rightbalance.admin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV rows (RFC 4180) for exports. Every cell is quoted; a cell that a spreadsheet would take for a
 * formula (starting with =, +, -, @, tab or carriage return) is prefixed with an apostrophe, so an
 * exported value cannot run in the reader's spreadsheet.
 */
final class Csv {

    private Csv() {
    }

    static String row(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
