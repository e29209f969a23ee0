package org.colophon.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CiteTokenTest {

    /** The tokens as the regular expression the hand-written reader replaced defines them. */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?:https?://|www\\.|doi:|10\\.\\d{4,}/)[^\\s<>\"]*[^\\s<>\".,;:)\\]]|[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*|\\d+|\\S");

    private static List<String> byDefinition(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        Matcher m = DEFINITION.matcher(text).region(from, to);
        while (m.find()) out.add(m.start() + ":" + m.group());
        return out;
    }

    private static List<String> read(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (CiteToken t : CiteToken.of(text, from, to)) {
            assertEquals(text.substring(t.start(), t.end()), t.text());
            out.add(t.start() + ":" + t.text());
        }
        return out;
    }

    @Test
    void wordsNumbersPunctuationAndAddresses() {
        String s = "O’Brien, “Title” (1999) 27 PS 183, https://doi.org/10.1000/x.y. 10.1234/abc; www.x.de. Saburō\u0304 ÷ 𝔄b";
        assertEquals(byDefinition(s, 0, s.length()), read(s, 0, s.length()));
        assertEquals(List.of("0:O’Brien", "7:,"), read(s, 0, 8));
    }

    @Test
    void agreesWithTheDefinitionOnRandomText() {
        String alphabet = "aZé\u0301’'1 9\t\n.,;:()[]<>\"/-–wwhttps:/doi:10.1234/ß\u00a0𝔄\u2028";
        Random rnd = new Random(14);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            int len = rnd.nextInt(30);
            for (int i = 0; i < len; i++) {
                int at = rnd.nextInt(alphabet.length());
                if (rnd.nextInt(8) == 0 && at + 6 <= alphabet.length()) b.append(alphabet, at, at + 6);
                else b.appendCodePoint(alphabet.codePointAt(Character.isLowSurrogate(alphabet.charAt(at)) ? at - 1 : at));
            }
            String s = b.toString();
            int from = s.isEmpty() ? 0 : rnd.nextInt(s.length());
            int to = from + rnd.nextInt(s.length() - from + 1);
            if (to < s.length() && Character.isLowSurrogate(s.charAt(to))) to++;
            if (from > 0 && Character.isLowSurrogate(s.charAt(from))) from--;
            assertEquals(byDefinition(s, from, to), read(s, from, to), () -> "text: " + s);
        }
    }
}
