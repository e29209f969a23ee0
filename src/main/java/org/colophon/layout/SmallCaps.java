package org.colophon.layout;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colophon.lexicon.Lexicon;

/**
 * Words set in small capitals, which extraction gives split after their first letter: the
 * capital is one glyph run and the small capitals another ("3. T EXT AND FONTS"). In a line of
 * capitals, a lone capital and the capitals after it are one word when the lexicon knows the
 * word and knows it far better than its tail ("TEXT", not "EXT").
 */
final class SmallCaps {
    private static final Pattern SPLIT = Pattern.compile("(?<!\\p{L})(\\p{Lu}) (\\p{Lu}{2,})(?!\\p{L})");

    private SmallCaps() {}

    static String join(String line) {
        if (!line.equals(line.toUpperCase(Locale.ROOT)) || !SPLIT.matcher(line).find()) return line;
        Matcher m = SPLIT.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String joined = (m.group(1) + m.group(2)).toLowerCase(Locale.ROOT);
            String tail = m.group(2).toLowerCase(Locale.ROOT);
            boolean word = zipf(joined) >= zipf(tail) + 1.5;     // known (zipf > 0), and far better than its tail
            m.appendReplacement(sb, Matcher.quoteReplacement(word ? m.group(1) + m.group(2) : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static double zipf(String w) {
        return Math.max(Lexicon.english().zipf(w), Lexicon.german().zipf(w));
    }
}
