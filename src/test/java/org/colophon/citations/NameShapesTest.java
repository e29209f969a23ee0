package org.colophon.citations;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each hand-written test of {@link NameShapes} answers as the regular expression it stands for. */
class NameShapesTest {

    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern HAS_INITIAL = Pattern.compile(".*\\p{Lu}\\..*");
    private static final Pattern ENDS_INITIALS = Pattern.compile(".*\\s\\p{Lu}{1,3}");
    private static final Pattern STARTS_INITIALS = Pattern.compile("\\p{Lu}{1,3}\\s.*");

    /** Names and the characters that trip the expressions: capitals, full stops, commas, spaces of each kind, line breaks, a capital outside the BMP. */
    private static final String[] PIECES = {"A", "B", "Ö", "a", "é", ".", ",", " ", "  ", "\t", "\n", "\r", "\u2028",
        "\u00a0", "Smith", "J.", "AB", "ABCD", "\uD835\uDC00", "-", "Mc", "van"};

    private static List<String> samples() {
        Random r = new Random(20261207);
        List<String> out = new ArrayList<>(List.of("", " ", ",", " , ", "Smith", "Smith, J.", "J. Smith", "Smith AB",
                "AB Smith", "ABCD Smith", "Smith ABCD", "Smith, John, Doe, Jane", "a.b", "Ö. Müller"));
        for (int k = 0; k < 20000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(7);
            for (int i = 0; i < n; i++) sb.append(PIECES[r.nextInt(PIECES.length)]);
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void commaPartsAreTheTextBetweenTheMatchesOfTheCommaPattern() {
        for (String s : samples()) {
            List<int[]> expected = new ArrayList<>();
            Matcher m = COMMA.matcher(s);
            int from = 0;
            while (m.find()) {
                expected.add(new int[] {from, m.start()});
                from = m.end();
            }
            expected.add(new int[] {from, s.length()});
            List<int[]> got = NameShapes.commaParts(s);
            assertEquals(expected.size(), got.size(), () -> "parts of [" + s + "]");
            for (int i = 0; i < got.size(); i++) assertArrayEquals(expected.get(i), got.get(i), "part of [" + s + "]");
        }
    }

    @Test
    void wordsCountAsTheSpacePatternSplits() {
        for (String s : samples()) assertEquals(SPACES.split(s).length, NameShapes.words(s), () -> "[" + s + "]");
    }

    @Test
    void initialsAreFoundAsTheirPatternsFindThem() {
        for (String s : samples()) {
            assertEquals(HAS_INITIAL.matcher(s).matches(), NameShapes.hasInitial(s), () -> "has initial [" + s + "]");
            assertEquals(ENDS_INITIALS.matcher(s).matches(), NameShapes.endsWithInitials(s), () -> "ends [" + s + "]");
            assertEquals(STARTS_INITIALS.matcher(s).matches(), NameShapes.startsWithInitials(s), () -> "starts [" + s + "]");
        }
    }

    @Test
    void aPersonSeparatorIsSoughtWhereverItsPatternFindsOne() {
        String[] more = {" and ", " und ", " & ", "; ", "/", " – ", " et ", "Andrew", " e", "i ", ", "};
        Random r = new Random(11);
        for (String s : samples()) {
            StringBuilder sb = new StringBuilder(s);
            if (r.nextBoolean()) sb.insert(r.nextInt(sb.length() + 1), more[r.nextInt(more.length)]);
            String t = sb.toString();
            if (FieldTagger.PERSON_SEP.matcher(t).find()) assertEquals(true, NameShapes.mayHoldAPersonSeparator(t), () -> "[" + t + "]");
        }
        assertEquals(false, NameShapes.mayHoldAPersonSeparator("Smith, John, Andrews"));
        assertEquals(true, NameShapes.mayHoldAPersonSeparator("Smith and Andrews"));
    }

    @Test
    void namesOfTheUsualShapes() {
        assertEquals(true, NameShapes.hasInitial("Smith, J. R."));
        assertEquals(false, NameShapes.hasInitial("Smith"));
        assertEquals(true, NameShapes.endsWithInitials("Smith JR"));
        assertEquals(false, NameShapes.endsWithInitials("Smith JRRT"));
        assertEquals(true, NameShapes.startsWithInitials("JR Smith"));
        assertEquals(2, NameShapes.words("van Gogh"));
    }
}
