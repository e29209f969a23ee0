package org.colophon.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The label a footnote begins with: its first word, raised or on the baseline, a
 * number, alone or followed by "." or ")" ("7", "7.", "7)").
 */
record NoteLabel(String n, boolean raised, String rest) {
    // numbers only: the schema wants a note's n to be a number, so symbol notes (*, †) are left as text for now
    private static final Pattern LABEL = Pattern.compile("([0-9]{1,3})[.)]?");
    private static final Pattern RAISED = Pattern.compile("[0-9]{1,3}");

    /** The line's label, or null when its first word is none. */
    static NoteLabel of(TextLine line) {
        List<Word> w = line.words();
        Word first = w.get(0);
        if (first.raised() && RAISED.matcher(first.text()).matches()) {
            return new NoteLabel(first.text(), true, rest(w, 1));
        }
        int end = 1;
        StringBuilder label = new StringBuilder(first.text());
        while (end < w.size() && !w.get(end).spaceBefore() && label.length() < 5) label.append(w.get(end++).text());
        if (end >= w.size() || !w.get(end).spaceBefore()) return null;
        var m = LABEL.matcher(label);
        if (!m.matches()) return null;
        return new NoteLabel(m.group(1), false, rest(w, end));
    }

    private static String rest(List<Word> words, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < words.size(); i++) {
            Word x = words.get(i);
            if (x.spaceBefore() && !sb.isEmpty()) sb.append(' ');
            sb.append(x.text());
        }
        return sb.toString();
    }
}
