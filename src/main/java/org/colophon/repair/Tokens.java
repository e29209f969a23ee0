package org.colophon.repair;

import java.util.ArrayList;
import java.util.List;
import org.colophon.text.Inline;
import org.colophon.text.Inlines;

/** Finds words in exploded inline content; a word may run across a line break inside it. */
final class Tokens {
    private Tokens() {}

    static boolean isWordChar(char c) {
        return Character.isLetter(c);
    }

    static List<Token> find(List<Inline> items) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = items.size();
        while (i < n) {
            char c = Inlines.charOf(items.get(i));
            if (c == 0 || !isWordChar(c)) {
                i++;
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int[] idx = new int[16];
            int len = 0;
            int start = i;
            int j = i;
            while (j < n) {
                Inline it = items.get(j);
                char d = Inlines.charOf(it);
                if (d != 0 && isWordChar(d)) {
                    sb.append(d);
                    if (len == idx.length) idx = java.util.Arrays.copyOf(idx, len * 2);
                    idx[len++] = j;
                    j++;
                } else if ((d == '\'' || d == '’') && j + 1 < n && isWordChar(Inlines.charOf(items.get(j + 1))) && sb.length() > 0) {
                    sb.append('\'');
                    if (len == idx.length) idx = java.util.Arrays.copyOf(idx, len * 2);
                    idx[len++] = j;
                    j++;
                } else if (it instanceof Inline.LineBreak lb && lb.inWord() && j + 1 < n
                        && isWordChar(Inlines.charOf(items.get(j + 1)))) {
                    j++;
                } else {
                    break;
                }
            }
            int[] itemOf = java.util.Arrays.copyOf(idx, len);
            out.add(new Token(sb.toString(), itemOf, start, j));
            i = j;
        }
        return out;
    }
}
