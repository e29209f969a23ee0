package org.colophon.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.ingest.SourceLine;
import org.colophon.text.Superscripts;

/**
 * Footnotes in text whose calls are plain digits, as {@code pdftotext} and PDF viewers give
 * them: "Culver7 based", "werden.2", "l’appel 11 ." The evidence is the agreement of two
 * independent things: a run of note labels at the foot of the page ("7 Text", "7. Text",
 * "7) Text", or "7" alone on a line before its text), numbered in sequence, and, in the body
 * above them, numbers glued to a word or to punctuation that run in the same order. A number
 * in the text is a call only when its note is there; a page with no note block gets no notes.
 *
 * <p>The calls found are handed on as Unicode superscript digits, the form every later stage
 * reads as a call; the notes as {@link NoteSource}s.
 */
public final class PlainNotes {

    /** A label with its text on the same line: "7 Text", "7. Text", "7) Text". */
    private static final Pattern LABEL_WITH_TEXT = Pattern.compile("^([1-9]\\d{0,2})([.)]?)\\s+(\\S.*)$");
    /** A label alone on its line; the note's text follows on the next line. */
    private static final Pattern LABEL_ALONE = Pattern.compile("^([1-9]\\d{0,2})[.)]?$");
    /** Punctuation after which a glued number is a call ("werden.2", "Elements,2", "“quoted”3"). */
    private static final String CLOSERS = ".,;:!?)]}”’\"'»";

    /** What was found: the body lines (calls rewritten as superscripts) and the notes. */
    public record Result(List<SourceLine> body, List<NoteSource> notes) {}

    private PlainNotes() {}

    /** The note block and its calls, or null when the page shows no agreeing evidence of notes. */
    public static Result find(List<SourceLine> lines) {
        Result best = null;
        int bestScore = 0;
        for (int s = 1; s < lines.size(); s++) {
            int n = label(lines, s, -1);
            if (n < 0) continue;
            Candidate c = candidate(lines, s, n);
            if (c == null) continue;
            // most calls matched; on a tie the later block (a body line may begin with a number)
            if (c.matched >= bestScore) {
                bestScore = c.matched;
                best = c.result(lines, s);
            }
        }
        return best;
    }

    /** The label number that opens line {@code i} (any number when expect < 0), or -1. */
    private static int label(List<SourceLine> lines, int i, int expect) {
        String t = lines.get(i).text();
        Matcher m = LABEL_WITH_TEXT.matcher(t);
        int n = -1;
        if (m.matches()) {
            n = Integer.parseInt(m.group(1));
        } else if ((m = LABEL_ALONE.matcher(t)).matches() && i + 1 < lines.size()
                && !LABEL_ALONE.matcher(lines.get(i + 1).text()).matches()) {
            n = Integer.parseInt(m.group(1));
        }
        if (n < 0 || expect >= 0 && n != expect) return -1;
        return n;
    }

    /** A possible note block from line s: its labels in sequence and the calls they match. */
    private static final class Candidate {
        final List<Integer> starts = new ArrayList<>();      // line index of each note's label
        final List<Integer> numbers = new ArrayList<>();
        final List<int[]> calls = new ArrayList<>();         // per note: {line, start, end} or null
        int matched;

        Result result(List<SourceLine> lines, int s) {
            List<SourceLine> body = new ArrayList<>(lines.subList(0, s));
            // rewrite the calls, last first on each line so earlier offsets stay valid
            for (int k = calls.size() - 1; k >= 0; k--) {
                int[] c = calls.get(k);
                if (c == null) continue;
                SourceLine l = body.get(c[0]);
                String t = l.text();
                body.set(c[0], new SourceLine(l.number(), t.substring(0, c[1]) + superscript(t.substring(c[1], c[2])) + t.substring(c[2]), l.blanksAfter()));
            }
            List<NoteSource> notes = new ArrayList<>();
            for (int k = 0; k < starts.size(); k++) {
                int from = starts.get(k);
                int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
                List<SourceLine> noteLines = new ArrayList<>(lines.subList(from, to));
                SourceLine first = noteLines.get(0);
                Matcher m = LABEL_WITH_TEXT.matcher(first.text());
                String firstText;
                if (m.matches()) {
                    firstText = m.group(3);
                } else {
                    // a label alone: its line and the next are one line of the note
                    SourceLine next = noteLines.remove(1);
                    first = new SourceLine(first.number(), first.text() + " " + next.text(), next.blanksAfter());
                    noteLines.set(0, first);
                    firstText = next.text();
                }
                notes.add(new NoteSource(String.valueOf(numbers.get(k)), firstText, noteLines));
            }
            return new Result(body, notes);
        }
    }

    private static Candidate candidate(List<SourceLine> lines, int s, int first) {
        Candidate c = new Candidate();
        int expect = first;
        for (int i = s; i < lines.size(); i++) {
            int n = label(lines, i, expect);
            if (n < 0) {
                if (i == s) return null;
                continue;
            }
            c.starts.add(i);
            c.numbers.add(n);
            expect = n + 1;
            if (LABEL_ALONE.matcher(lines.get(i).text()).matches()) i++;   // its text is the next line
        }
        // calls, in the order of the notes, each after the one before
        int line = 0;
        int col = 0;
        for (int n : c.numbers) {
            int[] call = nextCall(lines, s, line, col, String.valueOf(n));
            c.calls.add(call);
            if (call != null) {
                c.matched++;
                line = call[0];
                col = call[2];
            }
        }
        int notes = c.numbers.size();
        if (c.matched == 0 || c.matched * 2 < notes + 1 && notes > 1) return null;
        // a long run of unnumbered lines after a single label is body text, not a note
        int lastStart = c.starts.get(notes - 1);
        if (notes == 1 && lines.size() - lastStart > 8) return null;
        return c;
    }

    /** The first call "digits" in the body (lines before s) at or after (line, col). */
    static int[] nextCall(List<SourceLine> lines, int s, int line, int col, String digits) {
        for (int i = line; i < s; i++) {
            String t = lines.get(i).text();
            for (int at = t.indexOf(digits, i == line ? col : 0); at >= 0; at = t.indexOf(digits, at + 1)) {
                if (isCall(t, at, at + digits.length())) return new int[] {i, at, at + digits.length()};
            }
        }
        return null;
    }

    /**
     * Whether the digits at [from, to) of a line stand where a call stands: glued to the end of
     * a word ("Culver7", "mindestens3") or to closing punctuation ("werden.2"), or after a space
     * and before punctuation or the line end, as French typesetting leaves them ("l’appel 11 .").
     * Never inside a number, an identifier or a file name ("mem10.clo", "3.2", "B.10").
     */
    static boolean isCall(String t, int from, int to) {
        if (from == 0) return false;
        char before = t.charAt(from - 1);
        if (Character.isDigit(before)) return false;
        if (to < t.length()) {
            char after = t.charAt(to);
            if (Character.isLetterOrDigit(after) || after == '_' || after == '{' || after == '}' || after == '\\') return false;
            if ((after == '.' || after == ',' || after == ':' || after == '/' || after == '-')
                    && to + 1 < t.length() && Character.isLetterOrDigit(t.charAt(to + 1))) return false;
        }
        if (Character.isLetter(before)) {
            int w = from;
            while (w > 0 && Character.isLetter(t.charAt(w - 1))) w--;
            String word = t.substring(w, from);
            if (word.length() < 2) return false;                       // "B2", "x1"
            if (w > 0 && (Character.isDigit(t.charAt(w - 1)) || "\\_@{".indexOf(t.charAt(w - 1)) >= 0)) return false;
            if (word.equals(word.toUpperCase(java.util.Locale.ROOT)) && word.length() <= 3) return false;   // "MP3", "A4"
            return true;
        }
        if (CLOSERS.indexOf(before) >= 0) {
            if (from < 2) return false;
            char b2 = t.charAt(from - 2);
            if (Character.isDigit(b2) || Character.isWhitespace(b2)) return false;
            if (before == '.' && from >= 3 && Character.isUpperCase(b2) && !Character.isLetter(t.charAt(from - 3))) return false; // "B.10"
            return true;
        }
        if (before == ' ' && from >= 2) {
            // French: "appel 11 ." / "change.com 1 ," / at the line end
            char b2 = t.charAt(from - 2);
            if (!Character.isLetter(b2) && CLOSERS.indexOf(b2) < 0) return false;
            int k = to;
            if (k < t.length() && t.charAt(k) == ' ') k++;
            return k == t.length() || ".,;:".indexOf(t.charAt(k)) >= 0 && (k + 1 == t.length() || t.charAt(k + 1) == ' ');
        }
        return false;
    }

    static String superscript(String digits) {
        StringBuilder sb = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) sb.append("⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(digits.charAt(i) - '0'));
        return sb.toString();
    }

    /** Whether any line of the page already carries calls another stage can read. */
    static boolean hasMarkedCalls(List<SourceLine> lines) {
        for (SourceLine l : lines) if (Superscripts.hasCall(l.text())) return true;
        return false;
    }
}
