package org.colophon.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the printed lines of one block into inline content: every source line break becomes
 * a {@link Inline.LineBreak}; a word divided at a line end is joined (the division hyphen
 * recorded, not kept as text) unless the evidence says the hyphen is real; footnote calls
 * become {@link Inline.Call}s and the space lost after a call is restored.
 */
public final class LineJoiner {

    /** Decides whether a spelling is a word, from the lexicon and the page. */
    public interface Words {
        boolean known(String word);

        /** How common the word is (Zipf scale), or a negative value where the lexicon has no frequencies. */
        default double frequency(String word) {
            return -1;
        }

        /** Whether the document prints the spelling as a word of its own, on this page or another. */
        default boolean inDocument(String word) {
            return false;
        }
    }

    private final Words words;
    private final PageVocabulary page;

    public LineJoiner(Words words, PageVocabulary page) {
        this.words = words;
        this.page = page;
    }

    public List<Inline> join(List<String> lines, boolean withCalls) {
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            boolean divided = false;
            boolean realHyphen = false;
            boolean dash = false;
            boolean suspended = false;
            if (next != null) {
                String bare = withCalls ? Superscripts.strip(line) : line;
                if (bare.endsWith("-") && bare.length() >= 2 && Character.isLetter(bare.charAt(bare.length() - 2))) {
                    String left = trailingWord(bare.substring(0, bare.length() - 1));
                    String right = leadingWord(next);
                    String token = trailingToken(bare.substring(0, bare.length() - 1));
                    if (SUSPENDING.contains(right)) {
                        suspended = true;      // "Kaufmanns- und": the hyphen stays, and so does the space
                    } else if (inAddress(token) && !right.isEmpty()) {
                        realHyphen = true;     // ".../ensure-minimal-length-of-last-" "line": an address is never divided with a hyphen
                    } else if (!right.isEmpty()) {
                        if (keepsHyphen(left, right) || inChain(token, left, right)) realHyphen = true;
                        else divided = true;
                    } else {
                        realHyphen = Character.isDigit(next.charAt(0));
                    }
                } else if (bare.endsWith("–") || bare.endsWith("—") || bare.endsWith("/")) {
                    dash = true;
                }
            }
            String text = divided ? line.substring(0, line.lastIndexOf('-')) : line;
            appendLine(out, text, withCalls);
            if (next != null) out.add(new Inline.LineBreak(divided || realHyphen || dash, divided));
        }
        return out;
    }

    /** Conjunctions after which a hyphen at the line end suspends a compound ("Kaufmanns- und Handwerkergilden"). */
    private static final java.util.Set<String> SUSPENDING = java.util.Set.of(
            "und", "oder", "bis", "sowie", "bzw", "noch", "als", "and", "or", "nor", "to", "et", "ou");

    private boolean keepsHyphen(String left, String right) {
        if (right.isEmpty()) return true;
        String joined = left + right;
        String hyphenated = left + "-" + right;
        int asJoined = page.count(joined);
        int asHyphenated = page.count(hyphenated);
        if (asJoined != asHyphenated) return asHyphenated > asJoined;      // the page's own spelling
        if (Character.isUpperCase(right.charAt(0))) return !hasInnerCapital(left); // Europe-Asia, but ImageMarkup-Tool
        if (!twoWordsNotOne(left, right)) return false;
        double rarer = Math.min(words.frequency(left), words.frequency(right));
        if (left.length() >= 5 && right.length() >= 5 && (rarer < 0 || rarer >= 3.0)) {
            // two words the lexicon knows whose joining it does not: a compound
            // ("medizinisch-naturwissenschaftlichen"); not where one is a rare word ("upper-|cased")
            return true;
        }
        if (left.length() >= 4 && right.length() >= 4 && rarer >= 5.0) {
            return true;    // two very common words ("real-|life"): a compound the document does not write closed
        }
        return left.length() > 2 && right.length() > 2 && isCompoundPrefix(left);
    }

    /** Both halves are words the lexicon knows, and their joining is no word of the lexicon or of the document. */
    private boolean twoWordsNotOne(String left, String right) {
        String joined = left + right;
        return words.known(left) && words.known(right) && !words.known(joined) && !words.inDocument(joined);
    }

    /**
     * A line-end hyphen inside a chain of hyphenated words ("state-of-the-" "art",
     * "one-letter-word-at-the-end-of-" "line"): another hyphen of the chain where both sides are
     * words and their joining is none.
     */
    private boolean inChain(String token, String left, String right) {
        int at = token.length() - left.length() - 1;
        if (at < 1 || token.charAt(at) != '-' || !Character.isLetter(token.charAt(at - 1))) return false;
        return twoWordsNotOne(left, right);
    }

    /** The whitespace-delimited run of characters at the end of a line. */
    static String trailingToken(String s) {
        int i = s.length();
        while (i > 0 && !Character.isWhitespace(s.charAt(i - 1))) i--;
        return s.substring(i);
    }

    /** A URL, a path or an e-mail address: its hyphens are its own. */
    private static boolean inAddress(String token) {
        return token.contains("://") || token.startsWith("www.") || token.contains("@") && token.indexOf('.') > 0
                || token.matches(".*\\p{L}/\\p{L}.*/.*");
    }

    /** camelCase: a capital after a lower-case letter ("ImageMarkup"), not an all-caps word ("TWO"). */
    private static boolean hasInnerCapital(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) return true;
        }
        return false;
    }

    /** Prefixes and first elements that English writes with a hyphen often enough to trust it. */
    private static boolean isCompoundPrefix(String left) {
        String l = left.toLowerCase(java.util.Locale.ROOT);
        return l.equals("non") || l.equals("self") || l.equals("anti") || l.equals("post") || l.equals("pre")
                || l.equals("quasi") || l.equals("semi") || l.equals("well") || l.equals("ex")
                || l.matches("one|two|three|four|five|six|seven|eight|nine|ten|half|multi|cross|counter");
    }

    private void appendLine(List<Inline> out, String line, boolean withCalls) {
        if (!withCalls) {
            out.add(new Inline.Text(line));
            return;
        }
        var m = Superscripts.CALL.matcher(line);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) out.add(new Inline.Text(line.substring(last, m.start())));
            out.add(new Inline.Call(Superscripts.toDigits(m.group())));
            last = m.end();
            if (last < line.length() && Character.isLetterOrDigit(line.charAt(last))
                    && m.start() > 0 && !Character.isWhitespace(line.charAt(m.start() - 1))) {
                out.add(new Inline.Text(" "));
            }
        }
        if (last < line.length()) out.add(new Inline.Text(line.substring(last)));
    }

    static String trailingWord(String s) {
        int i = s.length();
        while (i > 0 && (Character.isLetter(s.charAt(i - 1)) || s.charAt(i - 1) == '\'' || s.charAt(i - 1) == '’')) i--;
        return s.substring(i);
    }

    static String leadingWord(String s) {
        int i = 0;
        while (i < s.length() && (Character.isLetter(s.charAt(i)) || Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK)) i++;
        return s.substring(0, i);
    }
}
