package org.colophon.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote calls: Unicode superscript digits ("enemies.”⁷Even"), or a caret and digits, as
 * another reader exports them ("enemies.”^7Even"), or a symbol the layout marked as a call.
 */
public final class Superscripts {
    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** A call: 1 to 999; notes are numbered from 1, so a number that begins with 0 is none. */
    /** A number in superscript digits, 1 to 999. */
    public static final Pattern RAISED = Pattern.compile("[¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2}");
    public static final Pattern CALL = Pattern.compile(RAISED.pattern() + "|\\^[1-9][0-9]{0,2}(?![0-9])|\u2060[*†‡§¶‖]{1,3}");
    /**
     * Marks a symbol the layout found to be a call ("dehyph-exptl*" with its note "* This …"):
     * U+2060 WORD JOINER before the symbol, which no extraction puts there.
     */
    public static final char SYMBOL_CALL = '\u2060';
    /** The symbols notes are marked with, in the order typesetting uses them. */
    public static final String SYMBOLS = "*†‡§¶‖";

    private Superscripts() {}

    public static boolean isSuperscriptDigit(char c) {
        return DIGITS.indexOf(c) >= 0;
    }

    /** "10" becomes "¹⁰": a call found by the layout, in the form every later stage reads as one. */
    public static String fromDigits(CharSequence digits) {
        StringBuilder sb = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            sb.append(c >= '0' && c <= '9' ? DIGITS.charAt(c - '0') : c);
        }
        return sb.toString();
    }

    /** "¹⁰" (or "^10") becomes "10". */
    public static String toDigits(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '^' || s.charAt(i) == SYMBOL_CALL) continue;
            int d = DIGITS.indexOf(s.charAt(i));
            sb.append(d >= 0 ? (char) ('0' + d) : s.charAt(i));
        }
        return sb.toString();
    }

    public static boolean hasCall(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (isSuperscriptDigit(c) || c == '^' && i + 1 < line.length() && Character.isDigit(line.charAt(i + 1))
                    || c == SYMBOL_CALL && i + 1 < line.length() && SYMBOLS.indexOf(line.charAt(i + 1)) >= 0) {
                return CALL.matcher(line).find(i);
            }
        }
        return false;
    }

    public static List<Integer> callNumbers(String line) {
        if (!hasCall(line)) return List.of();
        List<Integer> out = new ArrayList<>();
        Matcher m = CALL.matcher(line);
        while (m.find()) {
            String n = toDigits(m.group());
            if (Character.isDigit(n.charAt(0))) out.add(Integer.parseInt(n));
        }
        return out;
    }

    /** The line without its calls. */
    public static String strip(String line) {
        return hasCall(line) ? CALL.matcher(line).replaceAll("") : line;
    }
}
