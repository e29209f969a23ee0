package org.colophon.repair;

import java.util.ArrayList;
import java.util.List;
import org.colophon.text.Inline;
import org.colophon.text.Inlines;

/**
 * Restores spaces lost beside punctuation, typically where an italic run began or ended
 * ("Hayashi,Kantogun", "Archer.Peer Gynt(1875)", "Reconsideration.”Europe-Asia"). Each
 * restored space is recorded as orig (empty) / reg (a space). Numbers ("1,421", "p.60"),
 * abbreviations ("U.S.", "e.g.") and addresses (URLs, e-mail) are left alone.
 */
public final class LostSpaces {
    private final boolean note;

    /** @param note whether the content is a footnote, where an italic title often runs into its volume number */
    public LostSpaces(boolean note) {
        this.note = note;
    }

    public List<Inline> repair(List<Inline> items) {
        List<Inline> out = new ArrayList<>(items.size() + 8);
        char[] chars = Inlines.chars(items);
        for (int i = 0; i < items.size(); i++) {
            out.add(items.get(i));
            if (i + 1 < chars.length && (needsSpace(chars, i) || note && titleRunIntoNumber(chars, i)) && !inAddress(chars, i)) out.add(space());
        }
        return out;
    }

    private static final Inline SPACE = new Inline.Choice(Inline.Choice.Kind.NORMALISATION, List.of(), " ", false);
    private static final Inline DOUBTFUL_SPACE = new Inline.Choice(Inline.Choice.Kind.NORMALISATION, List.of(), " ", true);

    /** A restored space. */
    static Inline space() {
        return SPACE;
    }

    /** A restored space the evidence supports less well (recorded with cert="low"). */
    static Inline doubtfulSpace() {
        return DOUBTFUL_SPACE;
    }

    private static boolean needsSpace(char[] items, int i) {
        char c = items[i];
        char next = items[i + 1];
        if (c == 0 || next == 0) return false;
        char prev = i > 0 ? items[i - 1] : 0;
        char after = i + 2 < items.length ? items[i + 2] : 0;
        switch (c) {
            case ',', ';' -> {
                return Character.isLetter(next) && (Character.isLetter(prev) || prev == ')' || prev == ']' || prev == '”' || prev == '>' || prev == '.')
                        && (Character.isLetter(after) || Character.isUpperCase(next) && after == ' ');
            }
            case ':' -> {
                return Character.isLetter(next) && Character.isLetter(prev) && Character.isUpperCase(next);
            }
            case '.' -> {
                if (next == '(') return Character.isLetter(prev) || prev == '.';          // "vertues.(1596)"
                boolean closer = prev == '.' || prev == ']' || prev == ')' || prev == '”' || prev == '’';
                return Character.isUpperCase(next) && (Character.isLowerCase(after) && (lettersBefore(items, i) >= 2 || closer)
                        || after == ' ' && lettersBefore(items, i) >= 3);
            }
            case '”' -> {
                return Character.isLetter(next);
            }
            case ')' -> {
                return Character.isLetter(next) && Character.isLetter(after);
            }
            default -> {
                if (Character.isLetter(c) && next == '“') return Character.isLetterOrDigit(after);  // an opening quote; „…“ closes with it
                if ((Character.isLetter(c) || c == '’' && lettersBefore(items, i) >= 2) && next == '(' && lettersBefore(items, i + 1) >= 2 - (c == '’' ? 2 : 0)) {
                    return Character.isLetterOrDigit(after);
                }
                if (Character.isDigit(c) && next == '(') {   // "1659(ed.", "1681-1887(1887)"; not a subsection: "s 3(1)", "Art. 6(1)(a)"
                    int letters = 0;
                    int digits = 0;
                    for (int k = i + 2; k < items.length && Character.isLetterOrDigit(items[k]); k++) {
                        if (Character.isLetter(items[k])) letters++;
                        else digits++;
                    }
                    return letters >= 2 || digits >= 3;
                }
                if (Character.isDigit(c) && Character.isUpperCase(next) && Character.isLowerCase(after)) {  // "1993Information"
                    char third = i + 3 < items.length ? items[i + 3] : 0;
                    return Character.isLowerCase(third);
                }
                return false;
            }
        }
    }

    /** "Europe-Asia Studies35, no. 2": a word of four letters or more, then a number standing alone. */
    private static boolean titleRunIntoNumber(char[] items, int i) {
        if (!Character.isLowerCase(items[i]) || !Character.isDigit(items[i + 1]) || lettersBefore(items, i + 1) < 4) return false;
        int k = i + 1;
        while (k < items.length && Character.isDigit(items[k])) k++;
        return k == items.length || !Character.isLetter(items[k]);
    }

    private static int lettersBefore(char[] items, int end) {
        int n = 0;
        for (int k = end - 1; k >= 0 && Character.isLetter(items[k]); k--) n++;
        return n;
    }

    /** Inside a URL, an e-mail address, a path or a qualified name: no spaces belong there. */
    private static boolean inAddress(char[] items, int i) {
        int from = i;
        while (from > 0 && !Character.isWhitespace(items[from - 1]) && items[from - 1] != 0) from--;
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < items.length; k++) {
            char ch = items[k];
            if (ch == 0 || Character.isWhitespace(ch)) break;
            sb.append(ch);
        }
        String w = sb.toString();
        return w.contains("://") || w.startsWith("www.") || w.contains("@") || w.contains("/") || w.contains("_");
    }
}
