package org.colophon.validate;

import java.util.Objects;

/**
 * One validation problem: where it is and what is wrong.
 *
 * <p>{@code line} and {@code column} are 1-based; {@code 0} means unknown (for example, a file
 * that could not be read). For an element, the position is usually the end of its start tag,
 * as reported by the XML parser.
 *
 * @param file the file name or system id as given to the validator
 * @param line the line number, or 0 if unknown
 * @param column the column number, or 0 if unknown
 * @param message a short description of the problem
 */
public record Problem(String file, int line, int column, String message) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    /** {@code FILE:LINE:COL: message}, the form compilers and editors understand. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
