package org.colophon.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language of a page or a note, told by its commonest short words: articles, prepositions,
 * conjunctions and auxiliaries, which every text of a language uses and other languages rarely
 * share. English, German and French, the languages Colophon has labels for; a text too short to
 * tell (fewer than two such words, or a tie) takes the language given as the default.
 */
public final class Language {
    public static final String ENGLISH = "en";
    public static final String GERMAN = "de";
    public static final String FRENCH = "fr";

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    private static final Set<String> EN = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "as",
            "are", "be", "this", "by", "on", "from", "which", "or", "an", "was", "were", "not", "can", "you", "have", "has",
            "will", "its", "their", "these", "but", "at", "if", "into", "there", "than", "would", "should");
    private static final Set<String> DE = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "von",
            "zu", "ein", "eine", "einen", "einem", "auf", "für", "sich", "werden", "wird", "auch", "des", "im", "bei",
            "nach", "aus", "oder", "wie", "sind", "kann", "man", "sie", "wenn", "dass", "durch", "über", "noch", "nur",
            "diese", "dieser", "wurde", "zum", "zur", "vom", "einer", "eines", "als", "hat");
    private static final Set<String> FR = Set.of("le", "la", "les", "des", "et", "est", "une", "dans", "pour", "que",
            "qui", "pas", "sur", "avec", "du", "au", "aux", "ce", "cette", "sont", "par", "il", "elle", "ne", "se", "plus",
            "mais", "ou", "leur", "nous", "vous", "été", "être", "peut", "comme", "sa", "son", "ses", "lorsque", "d’un",
            "d’une", "l’on", "qu’il");

    private Language() {}

    /** The language of the lines, or {@code fallback} when they are too short to tell. */
    public static String of(List<String> lines, String fallback) {
        int en = 0;
        int de = 0;
        int fr = 0;
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) {
                String w = m.group().toLowerCase(Locale.ROOT).replace('\'', '’');
                if (EN.contains(w)) en++;
                if (DE.contains(w)) de++;
                if (FR.contains(w)) fr++;
                // French elision: "l’appel", "d’un", "qu’il" tell French even when the word is not listed
                if (w.length() > 2 && w.charAt(1) == '’' && "ldjmnst".indexOf(w.charAt(0)) >= 0) fr++;
            }
        }
        int best = Math.max(en, Math.max(de, fr));
        if (best < 2) return fallback;
        if (best == en && en > de && en > fr) return ENGLISH;
        if (best == de && de > en && de > fr) return GERMAN;
        if (best == fr && fr > en && fr > de) return FRENCH;
        return fallback;
    }
}
