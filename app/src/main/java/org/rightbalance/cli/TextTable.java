package org.rightbalance.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with right-aligned numbers, for terminal output. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final String[] header;

    TextTable(String... header) {
        this.header = header;
    }

    TextTable row(Object... cells) {
        String[] r = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            r[i] = format(cells[i]);
        }
        rows.add(r);
        return this;
    }

    static String format(Object cell) {
        if (cell instanceof Double d) {
            if (d.isNaN()) {
                return "NA";
            }
            if (d.isInfinite()) {
                return d > 0 ? "Inf" : "-Inf";
            }
            double a = Math.abs(d);
            if (a != 0 && (a < 1e-4 || a >= 1e7)) {
                return String.format(java.util.Locale.ROOT, "%.4e", d);
            }
            return String.format(java.util.Locale.ROOT, "%.6f", d);
        }
        return String.valueOf(cell);
    }

    void print(PrintWriter out) {
        int[] width = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            width[c] = header[c].length();
            for (String[] r : rows) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width);
        for (String[] r : rows) {
            line(sb, r, width);
        }
        out.print(sb);
        out.flush();
    }

    private static void line(StringBuilder sb, String[] cells, int[] width) {
        for (int c = 0; c < cells.length; c++) {
            String s = cells[c];
            String pad = " ".repeat(width[c] - s.length());
            sb.append(c == 0 ? s + pad : pad + s);
            sb.append(c == cells.length - 1 ? "\n" : "  ");
        }
    }
}
