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
    /** A label glued to the note's first word, as extraction sometimes gives it ("16Als Vorbild"). */
    private static final Pattern LABEL_GLUED = Pattern.compile("^([1-9]\\d{0,2})(?!(?:st|nd|rd|th|er|e|te)\\b)([\\p{L}“„‚\"‘'(\\[«\\\\].*)$");
    /** A label alone on its line; the note's text follows on the next line. */
    private static final Pattern LABEL_ALONE = Pattern.compile("^([1-9]\\d{0,2})[.)]?$");
    /** Punctuation after which a glued number is a call ("werden.2", "Elements,2", "“quoted”3"). */
    private static final String CLOSERS = ".,;:!?)]}”’\"'»/";

    /** How strongly a place in the text reads as a call (see {@link #strength}). */
    static final int STRONG = 3;
    static final int MEDIUM = 2;
    static final int WEAK = 1;

    /** What was found: the body lines (calls rewritten as superscripts) and the notes. */
    public record Result(List<SourceLine> body, List<NoteSource> notes) {}

    private PlainNotes() {}

    /** The note block and its calls, or null when the page shows no agreeing evidence of notes. */
    public static Result find(List<SourceLine> lines) {
        return find(lines, java.util.Set.of());
    }

    /**
     * As {@link #find(List)}, where the digits at the given places were raised in the source
     * ({@link #place}): there a number is a call for certain, whatever it is glued to.
     */
    public static Result find(List<SourceLine> lines, java.util.Set<Long> raised) {
        Result numbered = findNumbered(lines, raised);
        Result all = withSymbolNotes(numbered != null ? numbered : new Result(lines, List.of()));
        return all.notes().isEmpty() ? null : all;
    }

    /** A symbol label ("* This document describes …"): a symbol, then the note's words. */
    private static final Pattern SYMBOL_LABEL = Pattern.compile("^(\\*{1,3}|†{1,3}|‡{1,3}|§{1,3}|¶{1,3}|‖{1,3})\\s*(\\p{L}.*\\s.*\\s.*)$");
    /** Lines a symbol note may take at most, up to the numbered notes or the end of the page. */
    private static final int SYMBOL_NOTE_LINES = 6;

    /**
     * Notes marked with a symbol (*, †, ‡ …), as a title or an author's name carries them: a line
     * at the end of the text that opens with the symbol, and the same symbol glued to a word above
     * it ("dehyph-exptl*"), never to a command ("\\section*"). They come before the numbered notes.
     */
    static Result withSymbolNotes(Result found) {
        List<SourceLine> body = new ArrayList<>(found.body());
        List<NoteSource> symbols = new ArrayList<>();
        int end = body.size();
        for (int i = end - 1; i >= 1 && end - i <= SYMBOL_NOTE_LINES; i--) {
            Matcher m = SYMBOL_LABEL.matcher(body.get(i).text());
            if (!m.matches()) continue;
            String symbol = m.group(1);
            int[] call = symbolCall(body, i, symbol);
            if (call == null) continue;
            SourceLine l = body.get(call[0]);
            body.set(call[0], new SourceLine(l.number(), l.text().substring(0, call[1]) + Superscripts.SYMBOL_CALL
                    + l.text().substring(call[1]), l.blanksAfter()));
            symbols.add(0, new NoteSource(symbol, m.group(2), new ArrayList<>(body.subList(i, end))));
            body.subList(i, end).clear();
            end = i;
        }
        if (symbols.isEmpty()) return found;
        List<NoteSource> notes = new ArrayList<>(symbols);
        notes.addAll(found.notes());
        return new Result(body, notes);
    }

    /** The symbol glued to the end of a word, before line {@code before}: {line, offset}. */
    private static int[] symbolCall(List<SourceLine> lines, int before, String symbol) {
        for (int i = 0; i < before; i++) {
            String t = lines.get(i).text();
            for (int at = t.indexOf(symbol); at > 0; at = t.indexOf(symbol, at + 1)) {
                int to = at + symbol.length();
                char b = t.charAt(at - 1);
                boolean glued = Character.isLetterOrDigit(b) || ".,;:)”’\"".indexOf(b) >= 0;
                boolean ends = to == t.length() || Character.isWhitespace(t.charAt(to)) || ".,;:)".indexOf(t.charAt(to)) >= 0;
                if (!glued || !ends || (to < t.length() && t.charAt(to) == symbol.charAt(0))) continue;
                int w = at;
                while (w > 0 && !Character.isWhitespace(t.charAt(w - 1))) w--;
                if (t.charAt(w) == '\\' || t.charAt(w) == '$') continue;          // "\\section*", math
                return new int[] {i, at};
            }
        }
        return null;
    }

    /** The key of a place in the lines: line index and offset. */
    public static long place(int line, int offset) {
        return ((long) line << 32) | offset;
    }

    private static Result findNumbered(List<SourceLine> lines, java.util.Set<Long> raised) {
        Result best = null;
        int bestScore = 0;
        for (int s = 1; s < lines.size(); s++) {
            int n = label(lines, s, -1);
            if (n < 0) continue;
            Candidate c = candidate(lines, s, n, raised);
            if (c == null) continue;
            // most calls matched; on a tie the later block (a body line may begin with a number)
            int score = c.evidence * 1000 + c.notes.size();
            if (score >= bestScore) {
                bestScore = score;
                best = c.result(lines, s);
            }
            // a note block between two columns: the text resumes after it
            int[] resumes = resumes(lines, s);
            if (resumes != null) {
                List<SourceLine> moved = new ArrayList<>(lines.subList(0, s));
                moved.addAll(lines.subList(resumes[0], resumes[1]));
                int s2 = moved.size();
                moved.addAll(lines.subList(s, resumes[0]));
                moved.addAll(lines.subList(resumes[1], lines.size()));
                Candidate c2 = candidate(moved, s2, n, raised);
                int score2 = c2 == null ? 0 : c2.evidence * 1000 + c2.notes.size();
                if (c2 != null && c2.matched > c.matched && score2 >= bestScore) {
                    bestScore = score2;
                    best = c2.result(moved, s2);
                }
            }
        }
        return best;
    }

    /**
     * Where the text resumes inside a note block that reading order set between two columns: the
     * line before the block breaks off in mid-sentence ("But for the link to actually"), and after
     * a sentence end in the note a line goes on in lower case ("work in the output …"), up to the
     * next label. {from, to} of the resumed text, or null. Taken only where the calls it holds
     * account for more notes (see findNumbered).
     */
    private static int[] resumes(List<SourceLine> lines, int s) {
        String before = lines.get(s - 1).text().strip();
        if (before.isEmpty() || ".!?:;)”’\"»".indexOf(before.charAt(before.length() - 1)) >= 0) return null;
        for (int j = s + 1; j < lines.size(); j++) {
            if (label(lines, j, -1) >= 0) return null;
            if (goesOnAfterASentence(lines.get(j - 1).text(), lines.get(j).text())) {
                int end = j + 1;
                while (end < lines.size() && label(lines, end, -1) < 0) end++;
                return end < lines.size() ? new int[] {j, end} : null;
            }
        }
        return null;
    }

    /** The label number that opens line {@code i} (any number when expect < 0), or -1. */
    private static int label(List<SourceLine> lines, int i, int expect) {
        String t = lines.get(i).text();
        Matcher m = LABEL_WITH_TEXT.matcher(t);
        int n = -1;
        if (m.matches() || (m = LABEL_ALONE.matcher(t)).matches()) {
            n = Integer.parseInt(m.group(1));
        } else if ((m = LABEL_GLUED.matcher(t)).matches()) {
            n = Integer.parseInt(m.group(1));     // "16Als Vorbild …", "7CTT, …": as some extractors give a raised label
        }
        if (n < 0 || expect >= 0 && n != expect) return -1;
        return n;
    }

    private static boolean alone(SourceLine l) {
        return LABEL_ALONE.matcher(l.text()).matches();
    }

    /** One note of a candidate block: its number, its label line, its lines of text. */
    private record Note(int n, SourceLine label, List<SourceLine> text) {}

    /** A possible note block from line s: its notes in sequence and the calls they match. */
    private static final class Candidate {
        final List<Note> notes = new ArrayList<>();
        final List<int[]> calls = new ArrayList<>();         // per note: {line, start, end} or null
        int matched;
        int evidence;                                        // the strengths of the calls matched, summed

        Result result(List<SourceLine> lines, int s) {
            List<SourceLine> body = new ArrayList<>(lines.subList(0, s));
            for (int k = calls.size() - 1; k >= 0; k--) {    // calls later on a line first: offsets stay valid
                int[] c = calls.get(k);
                if (c == null) continue;
                SourceLine l = body.get(c[0]);
                String t = l.text();
                body.set(c[0], new SourceLine(l.number(), t.substring(0, c[1]) + Superscripts.fromDigits(t.substring(c[1], c[2])) + t.substring(c[2]), l.blanksAfter()));
            }
            List<NoteSource> out = new ArrayList<>();
            for (Note note : notes) {
                List<SourceLine> noteLines = new ArrayList<>(note.text());
                String firstText;
                Matcher m = LABEL_WITH_TEXT.matcher(note.label().text());
                if (m.matches()) {
                    firstText = m.group(3);
                    noteLines.add(0, note.label());
                } else if ((m = LABEL_GLUED.matcher(note.label().text())).matches()) {
                    firstText = m.group(2);
                    noteLines.add(0, note.label());
                } else if (noteLines.isEmpty()) {
                    firstText = "";
                    noteLines.add(note.label());
                } else {
                    // a label alone: it and the note's first line of text are one line of the note
                    SourceLine text = noteLines.get(0);
                    firstText = text.text();
                    noteLines.set(0, new SourceLine(note.label().number(), note.label().text() + " " + text.text(), text.blanksAfter()));
                }
                out.add(new NoteSource(String.valueOf(note.n()), firstText, noteLines));
            }
            return new Result(body, out);
        }
    }

    /**
     * Reads the lines from s as a note block opening with note {@code first}: labels in
     * sequence, with their text on the same line, glued to it, or alone on a line before it (a
     * column of labels "1", "2" before the two texts, as extraction gives raised labels); a last
     * label alone at the very end stands after its note's text.
     */
    private static Candidate candidate(List<SourceLine> lines, int s, int first, java.util.Set<Long> raised) {
        Candidate c = new Candidate();
        int expect = first;
        List<SourceLine> pending = new ArrayList<>();        // labels alone, waiting for their text
        List<SourceLine> current = null;
        int missing = -1;                                    // a label the extraction set further down
        for (int i = s; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            int n = label(lines, i, expect);
            if (missing >= 0 && alone(line) && label(lines, i, missing) >= 0) {
                // the displaced label: its text is the end of the note before it
                Note before = null;
                for (Note x : c.notes) if (x.n() == missing - 1) before = x;
                if (before == null || before.text().size() < 2) return null;
                List<SourceLine> text = labelAfterText(before.text());
                if (text == null) text = new ArrayList<>(List.of(before.text().remove(before.text().size() - 1)));
                c.notes.add(new Note(missing, line, text));
                missing = -1;
                continue;
            }
            if (n < 0 && missing < 0 && alone(line) && current != null && current.size() >= 2 && pending.isEmpty()
                    && label(lines, i, expect + 1) >= 0 && aloneLater(lines, i + 1, expect)) {
                missing = expect;                            // "15", two texts, "17" … and "16" alone at the end
                expect++;
                n = expect;
            }
            if (n >= 0 && alone(line)) {
                if (i == lines.size() - 1 && pending.isEmpty() && current != null && !c.notes.isEmpty()) {
                    List<SourceLine> tail = labelAfterText(current);
                    if (tail == null) {              // no text to give it: a number at the foot, kept with the note
                        current.add(line);
                        break;
                    }
                    c.notes.add(new Note(n, line, tail));
                    expect++;
                    break;
                }
                pending.add(line);
                expect++;
                continue;
            }
            if (n >= 0) {
                current = new ArrayList<>();
                c.notes.add(new Note(n, line, current));
                expect++;
                continue;
            }
            if (i == s) return null;
            if (!pending.isEmpty()) {
                SourceLine l = pending.remove(0);
                current = new ArrayList<>();
                current.add(line);
                c.notes.add(new Note(Integer.parseInt(LABEL_ALONE.matcher(l.text()).replaceAll("$1")), l, current));
            } else if (current != null) {
                current.add(line);
            }
        }
        if (!pending.isEmpty() || c.notes.isEmpty() || missing >= 0) return null;   // labels without text: a column of numbers, not notes
        for (Note note : c.notes) if (!hasWords(note)) return null;   // "2 ..", "1 M.": a table's cells, not notes
        if (listed(lines, s, c.notes.get(0).n())) return null;
        c.notes.sort(java.util.Comparator.comparingInt(Note::n));

        // calls, in the order of the notes, each after the one before: the sequence with the
        // strongest evidence over the whole page (see placeCalls)
        placeCalls(c, lines, s, raised);
        int notes = c.notes.size();
        if (c.matched == 0 || c.matched * 2 < notes) return null;
        // a long run of unnumbered lines after a single label is body text, not a note
        if (notes == 1 && c.notes.get(0).text().size() > 8) return null;
        return c;
    }

    /**
     * Whether a line opens in lower case right after a line that ends a sentence ("… the ‘g’)."
     * / "tard, quand …"), which no paragraph does: the text of something else goes on there. An
     * address cut at a stop ("http://www.") ends no sentence.
     */
    static boolean goesOnAfterASentence(String before, String line) {
        String b = before.strip();
        String t = line.strip();
        String lastWord = b.substring(b.lastIndexOf(' ') + 1);
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0)) && SENTENCE_END.matcher(b).matches()
                && !lastWord.contains("://") && !lastWord.startsWith("www.");
    }

    private static final Pattern SENTENCE_END = Pattern.compile(".*(?:\\p{L}{2}[.!?]|[’”\"»)\\]][.!?])");

    /** Whether a note has words: a word of two letters or more in its label line or text, besides the label. */
    private static boolean hasWords(Note note) {
        String label = note.label().text().replaceFirst("^\\s*\\d{1,3}[.)]?", "");
        if (label.matches(".*\\p{L}{2}.*")) return true;
        for (SourceLine l : note.text()) if (l.text().matches(".*\\p{L}{2}.*")) return true;
        return false;
    }

    /**
     * Whether the first label's number opens three other lines of the page as well ("1 Samuel",
     * "1 Kings", "1 Chronicles"): an enumeration, whose numbers repeat; a note's label does not.
     */
    private static boolean listed(List<SourceLine> lines, int s, int n) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LABEL_WITH_TEXT.matcher(lines.get(i).text());
            if (i != s && m.matches() && Integer.parseInt(m.group(1)) == n) seen++;
        }
        return seen >= 3;
    }

    /** Whether the label {@code n} stands alone on a line from line {@code from} on. */
    private static boolean aloneLater(List<SourceLine> lines, int from, int n) {
        for (int i = from; i < lines.size(); i++) if (alone(lines.get(i)) && label(lines, i, n) >= 0) return true;
        return false;
    }

    /**
     * The lines of the note whose label stands after its text, taken from the end of the note
     * before: from the first line after a sentence end (the note before keeps at least one line).
     */
    private static List<SourceLine> labelAfterText(List<SourceLine> previous) {
        for (int j = 1; j < previous.size(); j++) {
            String before = previous.get(j - 1).text();
            if (before.matches(".*[.!?)]$")) {
                List<SourceLine> tail = new ArrayList<>(previous.subList(j, previous.size()));
                previous.subList(j, previous.size()).clear();
                return tail;
            }
        }
        return null;
    }

    /** A place where a note's number stands in the text, and how strongly it reads as a call there. */
    private record Place(int line, int from, int to, int strength, boolean inGroup, boolean closes, boolean raised) {
        boolean before(Place o) {
            return line < o.line || line == o.line && to <= o.from;
        }
    }

    /**
     * The calls of the notes, one per note or none, in the order of the notes along the text: of
     * all such sequences, the one whose places read most strongly as calls (a call glued to its
     * word outweighs two weak ones; where two places read alike, the one that closes a clause,
     * "werden.2" rather than "bunzip2 oder"; on a tie, the earlier).
     */
    private static void placeCalls(Candidate c, List<SourceLine> lines, int s, java.util.Set<Long> raised) {
        int n = c.notes.size();
        List<List<Place>> places = new ArrayList<>();
        for (Note note : c.notes) places.add(places(lines, s, String.valueOf(note.n()), raised));
        // best[k][j]: the best score of a sequence whose last call is place j of note k
        int[][] best = new int[n][];
        int[][][] from = new int[n][][];
        int topScore = 0;
        int[] top = null;
        for (int k = 0; k < n; k++) {
            List<Place> ps = places.get(k);
            best[k] = new int[ps.size()];
            from[k] = new int[ps.size()][];
            for (int j = 0; j < ps.size(); j++) {
                Place p = ps.get(j);
                int score = weight(p, null);
                int[] back = null;
                for (int k2 = 0; k2 < k; k2++) {
                    for (int j2 = 0; j2 < places.get(k2).size(); j2++) {
                        Place q = places.get(k2).get(j2);
                        if (best[k2][j2] <= 0 || !q.before(p)) continue;
                        int w = weight(p, q);
                        if (w > 0 && best[k2][j2] + w > score) {
                            score = best[k2][j2] + w;
                            back = new int[] {k2, j2};
                        }
                    }
                }
                best[k][j] = score;
                from[k][j] = back;
                if (score > topScore) {
                    topScore = score;
                    top = new int[] {k, j};
                }
            }
        }
        for (int k = 0; k < n; k++) c.calls.add(null);
        for (int[] at = top; at != null; at = from[at[0]][at[1]]) {
            Place p = places.get(at[0]).get(at[1]);
            int[] prev = from[at[0]][at[1]];
            int strength = strengthAfter(p, prev == null ? null : places.get(prev[0]).get(prev[1]));
            c.calls.set(at[0], new int[] {p.line(), p.from(), p.to(), strength});
            c.matched++;
            c.evidence += strength;
        }
    }

    /** The places of a note's number in the lines before the note block. */
    private static List<Place> places(List<SourceLine> lines, int s, String digits, java.util.Set<Long> raised) {
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < s && i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.equals(digits) && aloneBetweenText(lines, i)) {
                out.add(new Place(i, 0, t.length(), MEDIUM, false, true, false));     // a raised call the extractor set on a line of its own
                continue;
            }
            for (int at = t.indexOf(digits); at >= 0; at = t.indexOf(digits, at + 1)) {
                int to = at + digits.length();
                boolean up = raised.contains(place(i, at)) && (to == t.length() || !raised.contains(place(i, to)))
                        && (at == 0 || !raised.contains(place(i, at - 1)));
                int strength = up ? STRONG : strength(t, at, to);
                boolean inGroup = at > 1 && t.charAt(at - 1) == ',' && endsACall(t, to);
                if (strength > 0 || inGroup) out.add(new Place(i, at, to, strength, inGroup, closes(t, at, to), up));
            }
        }
        return out;
    }

    /** A group of calls: "Last71,2", the number right after the call before it and a comma. */
    private static int strengthAfter(Place p, Place previous) {
        if (p.inGroup() && previous != null && previous.line() == p.line() && previous.to() == p.from() - 1) return STRONG;
        return p.strength();
    }

    private static int weight(Place p, Place previous) {
        int strength = strengthAfter(p, previous);
        if (strength == 0) return 0;
        if (p.raised()) return 30;                  // set raised in the source: a call for certain
        return (strength == STRONG ? 10 : strength == MEDIUM ? 6 : 3) + (p.closes() ? 1 : 0);
    }

    /** Whether a number glued to its word closes a clause: after closing punctuation, before punctuation, or at the line's end. */
    private static boolean closes(String t, int from, int to) {
        if (from == 0 || Character.isWhitespace(t.charAt(from - 1))) return false;     // glued calls only
        if (to == t.length() || ".,;:!?)".indexOf(t.charAt(to)) >= 0) return true;
        return CLOSERS.indexOf(t.charAt(from - 1)) >= 0;
    }

    /**
     * How strongly the digits at [from, to) of a line stand where a call stands: STRONG glued to the
     * end of a word ("Culver7", "mindestens3", "\\FloatBlock2") or to closing punctuation
     * ("werden.2", "(p. 219)4"), or after a space and before punctuation, as French typesetting
     * leaves them ("l’appel 11 ."); MEDIUM glued to a short all-capital word ("LYX8") or to a word
     * ending in digits ("Last51"); WEAK between spaces ("Gundlach 3 est") or at the line end
     * ("\\parindent. 2"); 0 never: inside a
     * number, an identifier or a file name ("mem10.clo", "3.2", "B.10", "file.bz2").
     */
    static int strength(String t, int from, int to) {
        if (from == 0) return 0;

        char before = t.charAt(from - 1);
        if (Character.isDigit(before)) return gluedToANumberedWord(t, from, to) ? MEDIUM : 0;
        if (to < t.length()) {
            char after = t.charAt(to);
            if (Character.isLetterOrDigit(after) || after == '_' || after == '{' || after == '}' || after == '\\') return 0;
            if ((after == '.' || after == ',' || after == ':' || after == '/' || after == '-')
                    && to + 1 < t.length() && Character.isLetterOrDigit(t.charAt(to + 1))) return 0;
        }
        if (Character.isLetter(before)) {
            int w = from;
            while (w > 0 && Character.isLetter(t.charAt(w - 1))) w--;
            String word = t.substring(w, from);
            if (word.length() < 2) {
                // "B2", "x1" name things; a capital alone with a note's two-digit number ("Nasal N15") may call it
                boolean alone = w == 0 || t.charAt(w - 1) == ' ';
                return alone && Character.isUpperCase(word.charAt(0)) && to - from >= 2 ? WEAK : 0;
            }
            if (w > 0 && (Character.isDigit(t.charAt(w - 1)) || "._/@".indexOf(t.charAt(w - 1)) >= 0)) return 0;   // "file.bz2"
            if (word.equals(word.toUpperCase(java.util.Locale.ROOT)) && word.length() <= 3) return MEDIUM;   // "MP3", but "LYX8"
            return STRONG;
        }
        if (CLOSERS.indexOf(before) >= 0) {
            if (from < 2) return 0;
            char b2 = t.charAt(from - 2);
            if (Character.isWhitespace(b2)) return 0;
            if (Character.isDigit(b2) && ".,:/".indexOf(before) >= 0) return 0;         // "3.2", "1,5", "1/2"
            if (before == '.' && Character.isLetter(b2) && (from == 2 || !Character.isLetter(t.charAt(from - 3)))) return 0; // "B.10", "a.1"
            return STRONG;
        }
        if (before == ' ' && from >= 2) {
            char b2 = t.charAt(from - 2);
            if (!Character.isLetter(b2) && CLOSERS.indexOf(b2) < 0) return 0;
            // after a capitalised word the number is the word's own more likely ("Table 8:", "Tabela 8.")
            int w = from - 1;
            while (w > 0 && Character.isLetter(t.charAt(w - 1))) w--;
            int closing = w < from - 1 && Character.isUpperCase(t.charAt(w)) ? WEAK : STRONG;
            if (to == t.length()) return WEAK;                                  // "\\parindent. 2" (or "Vol. 1")
            if (t.charAt(to) != ' ') return ".,;:".indexOf(t.charAt(to)) >= 0 && (to + 1 == t.length() || t.charAt(to + 1) == ' ') ? closing : 0;
            if (to + 1 == t.length()) return WEAK;
            char next = t.charAt(to + 1);
            if (".,;:".indexOf(next) >= 0 && (to + 2 == t.length() || t.charAt(to + 2) == ' ')) return closing;   // "appel 11 ."
            return Character.isLetter(next) ? WEAK : 0;                         // "Gundlach 3 est"
        }
        return 0;
    }

    /**
     * A call glued to a word that ends in digits itself ("Last51": "Last5" and call 1), told
     * only by the sequence of the notes: weak evidence, taken where nothing better stands.
     */
    private static boolean gluedToANumberedWord(String t, int from, int to) {
        if (to < t.length() && !Character.isWhitespace(t.charAt(to)) && ",.;:".indexOf(t.charAt(to)) < 0) return false;
        int w = from;
        while (w > 0 && Character.isDigit(t.charAt(w - 1))) w--;
        return from - w == 1 && w >= 2 && Character.isLetter(t.charAt(w - 1)) && Character.isLetter(t.charAt(w - 2));
    }

    /** Whether the digits end where a call may end (the end of a call group: "1,2 " or "1,2."). */
    private static boolean endsACall(String t, int to) {
        return to == t.length() || !Character.isLetterOrDigit(t.charAt(to));
    }

    /** A number alone on its line between two lines of text (not in a column of numbers, as a contents page has). */
    private static boolean aloneBetweenText(List<SourceLine> lines, int i) {
        if (i == 0 || i + 1 >= lines.size()) return false;
        String before = lines.get(i - 1).text();
        String after = lines.get(i + 1).text();
        return !LABEL_ALONE.matcher(before).matches() && !LABEL_ALONE.matcher(after).matches()
                && before.chars().filter(Character::isLetter).count() >= 3;
    }

    /** Whether any line of the page already carries calls another stage can read. */
    static boolean hasMarkedCalls(List<SourceLine> lines) {
        for (SourceLine l : lines) if (Superscripts.hasCall(l.text())) return true;
        return false;
    }
}
