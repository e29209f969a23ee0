package org.colophon.ingest;

/** A page that cannot be read at all: names the input, the line (0 when none) and the problem. */
public final class InputProblem extends Exception {
    private final String source;
    private final int line;

    public InputProblem(String source, int line, String message) {
        super(message);
        this.source = source;
        this.line = line;
    }

    public String source() { return source; }
    public int line() { return line; }

    /** {@code FILE:LINE: message}, or {@code FILE: message} when no line applies. */
    public String oneLine() {
        return line > 0 ? source + ":" + line + ": " + getMessage() : source + ": " + getMessage();
    }
}
