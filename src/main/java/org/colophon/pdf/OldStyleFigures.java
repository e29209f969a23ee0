package org.colophon.pdf;

/** Old-style figures that fonts map to the private-use characters U+F730–F739 read as the digits they are. */
final class OldStyleFigures {
    private OldStyleFigures() {}

    static String digits(String s) {
        if (s.length() != 1) return s;
        char c = s.charAt(0);
        return c >= '\uF730' && c <= '\uF739' ? String.valueOf((char) ('0' + c - '\uF730')) : s;
    }
}
