package org.rightbalance.stats.data;

/**
 * Input that the engine cannot use, described so that a person can find and fix it:
 * which file, which line, which column and which rule.
 *
 * <p>Every message is one line and never contains a stack trace; callers show {@link #getMessage()}
 * as it is.
 */
public class InvalidDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidDataException(String message) {
        super(message);
    }

    public InvalidDataException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem with one value: {@code file, line N, column 'c': rule}. */
    public static InvalidDataException atValue(String source, long line, String column, String rule) {
        return new InvalidDataException(source + ", line " + line + ", column '" + column + "': " + rule);
    }

    /** A problem with a whole column: {@code file, column 'c': rule}. */
    public static InvalidDataException atColumn(String source, String column, String rule) {
        return new InvalidDataException(source + ", column '" + column + "': " + rule);
    }
}
