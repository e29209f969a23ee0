package org.colophon.pdf;

import org.colophon.text.Superscripts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Footnote calls: raised digits in a body line, smaller than the line, one number or several
 * separated by commas. A raised number is a call only when a note on the page carries it as
 * its label; any other raised text ("1st", an edition number) stays plain text.
 */
final class Calls {
    private static final Pattern CALL = Pattern.compile("[0-9]{1,3}(,[0-9]{1,3})*");

    private Calls() {}

    /** Every number raised as a possible call in these lines. */
    static Set<String> candidates(List<TextLine> lines) {
        Set<String> out = new HashSet<>();
        for (TextLine l : lines) {
            for (Word w : l.words()) {
                if (w.raised() && CALL.matcher(w.text()).matches()) out.addAll(List.of(w.text().split(",")));
            }
        }
        return out;
    }

    /** The line's text with every call whose note is on the page as superscript digits ("Culver⁷ said"). */
    static String text(TextLine line, Set<String> labels) {
        StringBuilder sb = new StringBuilder();
        for (Word w : line.words()) {
            if (w.spaceBefore() && !sb.isEmpty()) sb.append(' ');
            sb.append(isCall(w, labels) ? Superscripts.fromDigits(w.text()) : w.text());
        }
        return sb.toString();
    }

    static boolean isCall(Word w, Set<String> labels) {
        if (!w.raised() || !CALL.matcher(w.text()).matches()) return false;
        for (String n : w.text().split(",")) if (!labels.contains(n)) return false;
        return true;
    }
}
