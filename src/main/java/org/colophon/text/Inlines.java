package org.colophon.text;

import java.util.ArrayList;
import java.util.List;

/** Helpers over inline sequences: exploding text into characters and merging it back. */
public final class Inlines {
    private Inlines() {}

    public static String reading(List<? extends Inline> items) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : items) sb.append(i.reading());
        return sb.toString();
    }

    public static String source(List<? extends Inline> items) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : items) sb.append(i.source());
        return sb.toString();
    }

    private static final Inline.Text[] CHARS = new Inline.Text[0x3000];

    /** The one-character Text for c; shared, since Text is immutable. */
    public static Inline.Text charText(char c) {
        if (c >= CHARS.length) return new Inline.Text(String.valueOf(c));
        Inline.Text t = CHARS[c];
        if (t == null) {
            t = new Inline.Text(String.valueOf(c));
            CHARS[c] = t;
        }
        return t;
    }

    /** Splits every Text into one Text per UTF-16 unit, so stages can edit by position. */
    public static List<Inline> explode(List<Inline> items) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : items) {
            if (i instanceof Inline.Text t) {
                for (int k = 0; k < t.text().length(); k++) out.add(charText(t.text().charAt(k)));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    /** Joins neighbouring Texts. */
    public static List<Inline> merge(List<Inline> items) {
        List<Inline> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (Inline i : items) {
            if (i instanceof Inline.Text t) {
                run.append(t.text());
            } else {
                if (run.length() > 0) {
                    out.add(new Inline.Text(run.toString()));
                    run.setLength(0);
                }
                out.add(i);
            }
        }
        if (run.length() > 0) out.add(new Inline.Text(run.toString()));
        return out;
    }

    /** The characters of exploded content, position by position (0 where the item is not a character). */
    public static char[] chars(List<Inline> items) {
        char[] out = new char[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = charOf(items.get(i));
        return out;
    }

    /** The single character of an exploded Text, or 0 for anything else. */
    public static char charOf(Inline i) {
        if (i instanceof Inline.Text t) {
            String s = t.text();
            return s.length() == 1 ? s.charAt(0) : 0;
        }
        return 0;
    }
}
