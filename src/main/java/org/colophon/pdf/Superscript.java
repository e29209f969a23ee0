package org.colophon.pdf;

/** Digits as Unicode superscript digits: how a footnote call reaches the text pipeline ("Culver⁷"). */
final class Superscript {
    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Superscript() {}

    static String of(String digits) {
        StringBuilder sb = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            sb.append(c >= '0' && c <= '9' ? DIGITS.charAt(c - '0') : c);
        }
        return sb.toString();
    }
}
