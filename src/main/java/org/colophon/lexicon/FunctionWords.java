package org.colophon.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The closed-class words of English (articles, pronouns, prepositions, conjunctions, auxiliaries). */
public final class FunctionWords {
    private static final Set<String> ENGLISH = load("/org/colophon/lexicon/function-words-en.txt");

    private FunctionWords() {}

    public static boolean isEnglish(String word) {
        return ENGLISH.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (var in = FunctionWords.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String w : line.trim().split("\\s+")) if (!w.isEmpty()) out.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
