package org.colophon.cli;

/** The exit codes of every command, listed in --help. */
public enum ExitCode {
    OK(0, "success"),
    INPUT(1, "an input could not be read, converted or validated"),
    USAGE(2, "wrong usage: unknown option, missing argument");

    public final int code;
    public final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }
}
