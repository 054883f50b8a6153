package org.rightbalance.stats.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model formula in R's notation, restricted to what the evaluation needs:
 * {@code y ~ x1 + x2 + factor(x3)}; {@code - 1} or {@code 0 +} removes the intercept.
 *
 * <p>A term names a column. Columns of labels become indicator terms (treatment contrasts against
 * the first level); {@code factor(x)} treats a numeric column as labels, as in R.
 *
 * @param response  the outcome column
 * @param terms     the regressors, in order, without duplicates
 * @param intercept whether the model has a constant, named {@value #INTERCEPT}
 */
public record Formula(String response, List<Term> terms, boolean intercept) {

    /** The constant's name, as R prints it. */
    public static final String INTERCEPT = "(Intercept)";

    private static final Pattern FACTOR = Pattern.compile("factor\\(\\s*([^()]+?)\\s*\\)");

    /** One regressor: a column, and whether it is to be read as labels. */
    public record Term(String column, boolean asFactor) {
        public Term {
            Objects.requireNonNull(column, "column");
            if (column.isBlank()) {
                throw new IllegalArgumentException("a term needs a column name");
            }
        }
    }

    public Formula {
        Objects.requireNonNull(response, "response");
        terms = List.copyOf(terms);
    }

    /** A formula with an intercept and plain terms. */
    public static Formula of(String response, String... columns) {
        List<Term> terms = new ArrayList<>();
        for (String c : columns) {
            terms.add(new Term(c, false));
        }
        return new Formula(response, terms, true);
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException with a one-line reason when the text is not a formula this
     *                                  engine understands
     */
    public static Formula parse(String text) {
        Objects.requireNonNull(text, "formula");
        int tilde = text.indexOf('~');
        if (tilde < 0 || text.indexOf('~', tilde + 1) >= 0) {
            throw new IllegalArgumentException("formula '" + text + "' must have the form 'y ~ x1 + x2'");
        }
        String response = text.substring(0, tilde).strip();
        if (response.isEmpty() || !isName(response)) {
            throw new IllegalArgumentException("formula '" + text + "': the outcome before '~' must be one column name");
        }
        String rhs = text.substring(tilde + 1).strip().replaceAll("\\s*-\\s*1\\s*$", " + -1");
        if (rhs.isEmpty()) {
            throw new IllegalArgumentException("formula '" + text + "' has no terms after '~' (use '~ 1' for a constant only)");
        }
        boolean intercept = true;
        LinkedHashSet<Term> terms = new LinkedHashSet<>();
        for (String raw : rhs.split("\\+")) {
            String part = raw.strip();
            if (part.isEmpty()) {
                throw new IllegalArgumentException("formula '" + text + "' has an empty term");
            }
            if (part.equals("1")) {
                continue;
            }
            if (part.equals("0") || part.equals("-1")) {
                intercept = false;
                continue;
            }
            Matcher m = FACTOR.matcher(part);
            if (m.matches()) {
                terms.add(new Term(m.group(1), true));
            } else if (isName(part)) {
                terms.add(new Term(part, false));
            } else {
                throw new IllegalArgumentException("formula '" + text + "': term '" + part
                        + "' is not supported; use column names joined by '+', or factor(column)");
            }
        }
        return new Formula(response, new ArrayList<>(terms), intercept);
    }

    private static boolean isName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || "~+*:()^|-".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(response).append(" ~ ");
        List<String> parts = new ArrayList<>();
        if (!intercept) {
            parts.add("0");
        }
        for (Term t : terms) {
            parts.add(t.asFactor() ? "factor(" + t.column() + ")" : t.column());
        }
        if (parts.isEmpty()) {
            parts.add("1");
        }
        return sb.append(String.join(" + ", parts)).toString();
    }
}
