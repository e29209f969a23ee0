package org.colophon.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.colophon.lexicon.FunctionWords;
import org.colophon.text.Inline;
import org.colophon.text.Inlines;

/**
 * Word-level repairs on exploded inline content, for every word the lexicon does not know:
 * letters lost with ligatures (recorded sic/corr) and words run together where a space was
 * lost beside an italic run ("wordmarkuphas" → "word markup has"; each restored space recorded
 * orig/reg). Known words are changed only when very rare beside a common restoration, or in a
 * verb's place where the restoration is a verb and they are none; doubtful restorations carry
 * low certainty.
 */
public final class WordRepairs {
    private static final int MAX_SEGMENT = 40;
    /** Zipf at or below which a known word is rare enough to be suspected as damaged. */
    private static final double RARE = 2.0;
    /** Zipf at or above which a restored word is common enough to outweigh a rare one. */
    private static final double COMMON = 3.5;

    private final WordJudge words;
    private final Ligatures ligatures;

    private final boolean note;

    /** @param note whether the content is a footnote (bibliographic text: names and titles glued at italics) */
    public WordRepairs(WordJudge words, boolean note) {
        this.words = words;
        this.note = note;
        this.ligatures = new Ligatures(words);
    }

    public List<Inline> repair(List<Inline> items) {
        List<Inline> out = joinStraySpaces(new ArrayList<>(items));
        List<Token> tokens = Tokens.find(out);
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            List<Inline> replacement = repair(out, t);
            if (replacement != null) {
                out.subList(t.from(), t.to()).clear();
                out.addAll(t.from(), replacement);
            }
        }
        return out;
    }

    /**
     * Words split by a stray space, as some readers export them ("Japa nese"): two neighbours,
     * at least one not a word, whose joining is a word the lexicon knows. Recorded orig/reg.
     */
    private List<Inline> joinStraySpaces(List<Inline> items) {
        List<Token> tokens = Tokens.find(items);
        for (int k = tokens.size() - 2; k >= 0; k--) {
            Token a = tokens.get(k);
            Token b = tokens.get(k + 1);
            if (b.from() != a.to() + 1 || Inlines.charOf(items.get(a.to())) != ' ') continue;
            String left = a.text();
            String right = b.text();
            if (!Character.isLowerCase(right.charAt(0)) || left.length() < 2 || right.length() < 2) continue;
            if (words.known(left) && words.known(right)) continue;
            String joined = left + right;
            if (!words.known(joined) || words.lexiconZipf(joined) < 2.0) continue;
            if (ligatures.restore(left) != null || ligatures.restore(right) != null) continue;   // a damaged word, not a split one
            List<Inline> orig = Inlines.merge(new ArrayList<>(items.subList(a.from(), b.to())));
            items.subList(a.from(), b.to()).clear();
            items.add(a.from(), new Inline.Choice(Inline.Choice.Kind.NORMALISATION, orig, joined, false));
        }
        return items;
    }

    private List<Inline> repair(List<Inline> items, Token token) {
        String t = token.text();
        char before = token.from() > 0 ? Inlines.charOf(items.get(token.from() - 1)) : ' ';
        char after = token.to() < items.size() ? Inlines.charOf(items.get(token.to())) : ' ';
        boolean gluedToChoice = (token.from() > 0 && items.get(token.from() - 1) instanceof Inline.Choice b && !b.original().isEmpty())
                || (token.to() < items.size() && items.get(token.to()) instanceof Inline.Choice c && !c.original().isEmpty());
        if (gluedToChoice || Character.isDigit(before) || Character.isDigit(after) || before == '&' || after == '\'') return null;
        String base = t.endsWith("'s") && t.length() > 2 ? t.substring(0, t.length() - 2) : t;
        String suffix = t.substring(base.length());
        if (isAllCaps(t)) return null;
        if (words.known(t) || words.known(base)) {
            List<Inline> rare = rareWordRepair(items, token, base, suffix);
            return rare != null ? rare : verbSlotRepair(items, token);
        }
        boolean inTag = before == '<' || before == '/' || after == '>';
        // a lone letter is a variable, an initial or a foreign word far more often than a lost
        // "fi"; only where the sentence wants a verb ("must t within") is it read as damaged
        if (t.length() == 1) return verbSlotRepair(items, token);
        if (t.length() == 2 && !amongEnglishWords(items, token)) return null;

        Ligatures.Candidate lig = ligatures.restore(base);
        if (lig != null) {
            String corr = lig.word() + suffix;
            if (sentenceInitial(items, token.from()) && lig.word().startsWith("f") && !base.startsWith("f")) {
                corr = Character.toUpperCase(corr.charAt(0)) + corr.substring(1);
            }
            return List.of(correction(items, token.from(), token.to(), corr, lig.lowCertainty()));
        }
        List<Inline> camel = camelParts(items, token, inTag);
        if (camel != null) return camel;
        if (inTag) return null;
        if (t.indexOf('\'') >= 0) return null;
        if (t.length() >= 5 && t.endsWith("et") && followedBy(items, token.to(), " al.")) {   // "Renearet al."
            int cut = t.length() - 2;
            return List.of(spaced(items, token, t.substring(0, cut) + " " + t.substring(cut), false));
        }
        List<Part> parts = segment(t);
        if (parts == null) {
            Ligatures.Candidate inflected = ligatures.restoreInflected(base);
            if (inflected == null || !suffix.isEmpty()) return null;
            return List.of(correction(items, token.from(), token.to(), inflected.word(), true));
        }
        boolean doubtful = parts.stream().anyMatch(Part::lowCertainty);
        if (parts.stream().allMatch(p -> p.corrected() == null)) {
            // one normalisation for the whole run: orig keeps the printed word, reg the words
            StringBuilder reg = new StringBuilder();
            for (Part p : parts) {
                if (reg.length() > 0) reg.append(' ');
                reg.append(t, p.start(), p.end());
            }
            return List.of(spaced(items, token, reg.toString(), doubtful));
        }
        List<Inline> out = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            if (p > 0) out.add(doubtful ? LostSpaces.doubtfulSpace() : LostSpaces.space());
            int from = token.itemStart(part.start());
            int to = token.itemEnd(part.end());
            if (part.corrected() != null) {
                out.add(correction(items, from, to, part.corrected(), part.lowCertainty()));
            } else {
                out.addAll(items.subList(from, to));
            }
        }
        return out;
    }

    /**
     * A word the lexicon knows but hardly ever sees ("dene", "eld", "fth") is read as damaged
     * when restoring a ligature gives a common word; always with low certainty.
     */
    private List<Inline> rareWordRepair(List<Inline> items, Token token, String base, String suffix) {
        if (base.length() < 3 || isAllCaps(base) || words.lexiconZipf(base) > RARE) return null;
        Ligatures.Candidate c = ligatures.restore(base);
        if (c == null || c.zipf() < COMMON || c.zipf() - words.lexiconZipf(base) < 1.5) return null;
        return List.of(correction(items, token.from(), token.to(), c.word() + suffix, true));
    }

    /** Verbs that take a bare infinitive: "must fit", "does not float". */
    private static final Set<String> BEFORE_BARE_VERB = Set.of(
            "can", "could", "may", "might", "must", "shall", "should", "will", "would", "cannot", "do", "does", "did");
    /** Subjects of a verb in the third person singular: "it specifies". */
    private static final Set<String> SUBJECT = Set.of("it", "he", "she");
    /** Words that open the object of a verb: "specifies the schema", "specifies what may". */
    private static final Set<String> OBJECT_START = Set.of("the", "a", "an", "what", "which", "how", "whether", "its",
            "their", "his", "this", "these", "those", "each", "every", "any", "all", "some");

    /**
     * A word that fits its sentence only as a verb, where the lexicon says the printed word is no
     * verb and the word with its ligature put back is one: after a modal or "do" ("must t
     * within", "do not oat around") the bare form, after a subject pronoun or an adverb in -ly
     * and before the object ("it species what", "necessarily species the") the form in -s. A
     * real word ("species", "oat") is read as damaged only in such a place; with low certainty.
     */
    private List<Inline> verbSlotRepair(List<Inline> items, Token token) {
        String t = token.text();
        if (!t.chars().allMatch(Character::isLowerCase) || FunctionWords.isEnglish(t)) return null;
        if (t.length() > 1 && isVerb(t, false)) return null;
        Ligatures.Candidate c = ligatures.restore(t);
        if (c == null || c.zipf() < 2.0 || !c.word().chars().allMatch(Character::isLowerCase)) return null;
        List<String> before = wordsBefore(items, token.from(), 2);
        if (before.isEmpty()) return null;
        if (words.known(before.get(0) + "'" + t)) return null;    // "can t": "can't" with its apostrophe lost
        String p1 = before.get(0).toLowerCase(java.util.Locale.ROOT);
        String p2 = before.size() > 1 ? before.get(1).toLowerCase(java.util.Locale.ROOT) : "";
        String next = neighbour(items, token.to(), +1);
        char after = token.to() < items.size() ? Inlines.charOf(items.get(token.to())) : 0;
        boolean bareSlot = (BEFORE_BARE_VERB.contains(p1) || p1.equals("not") && BEFORE_BARE_VERB.contains(p2))
                && isVerb(c.word(), false)
                && (next != null && Character.isLowerCase(next.charAt(0)) || after == '.' || after == ',' || after == ';');
        boolean thirdPerson = (SUBJECT.contains(p1) || adverbInLy(p1) && !p2.isEmpty() && !FunctionWords.isEnglish(p2))
                && isVerb(c.word(), true) && next != null && OBJECT_START.contains(next.toLowerCase(java.util.Locale.ROOT))
                && !(t.length() > 1 && isVerb(t, true));
        if (!bareSlot && !thirdPerson) return null;
        return List.of(correction(items, token.from(), token.to(), c.word(), true));
    }

    /**
     * Whether the lexicon knows the word as a verb: its form in -ing ("fit": "fitting", "float":
     * "floating"); with {@code thirdPerson}, the word is the form in -s ("specifies") of such a verb.
     */
    private boolean isVerb(String w, boolean thirdPerson) {
        if (!thirdPerson) {
            if (w.length() < 2 || !words.known(w)) return false;
            char last = w.charAt(w.length() - 1);
            return words.known(w + "ing") || last == 'e' && words.known(w.substring(0, w.length() - 1) + "ing")
                    || "bdgklmnprt".indexOf(last) >= 0 && words.known(w + last + "ing");
        }
        if (!w.endsWith("s") || w.length() < 4) return false;
        if (w.endsWith("ies") && isVerb(w.substring(0, w.length() - 3) + "y", false)) return true;
        if (w.endsWith("es") && isVerb(w.substring(0, w.length() - 2), false)) return true;
        return !w.endsWith("ss") && isVerb(w.substring(0, w.length() - 1), false);
    }

    /** An adverb in -ly whose adjective the lexicon knows ("necessarily", "clearly"; not "only", "family"). */
    private boolean adverbInLy(String w) {
        if (w.length() < 6 || !w.endsWith("ly")) return false;
        String stem = w.substring(0, w.length() - 2);
        if (words.known(stem) && stem.length() >= 4) return true;
        return w.endsWith("ily") && words.known(stem.substring(0, stem.length() - 1) + "y");
    }

    /** Up to {@code n} words before an item, nearest first, read across spaces and line ends only. */
    private static List<String> wordsBefore(List<Inline> items, int from, int n) {
        List<String> out = new ArrayList<>();
        int k = from - 1;
        while (out.size() < n && k >= 0) {
            Inline sep = items.get(k);
            if (Inlines.charOf(sep) != ' ' && !(sep instanceof Inline.LineBreak lb && !lb.inWord())) break;
            k--;
            StringBuilder sb = new StringBuilder();
            while (k >= 0 && Character.isLetter(Inlines.charOf(items.get(k)))) {
                sb.append(Inlines.charOf(items.get(k)));
                k--;
            }
            if (sb.length() == 0) break;
            out.add(sb.reverse().toString());
        }
        return out;
    }

    /** Whether the words on either side of the token are English words: the context of a short repair. */
    private boolean amongEnglishWords(List<Inline> items, Token token) {
        String prev = neighbour(items, token.from() - 1, -1);
        String next = neighbour(items, token.to(), +1);
        boolean prevEnglish = prev != null && (words.known(prev) && (prev.length() > 2 || FunctionWords.isEnglish(prev))
                || prev.length() >= 2 && isAllCaps(prev));
        if (!prevEnglish) return false;
        if (next == null) {
            char after = token.to() < items.size() ? Inlines.charOf(items.get(token.to())) : 0;
            return after == '.' || after == ',' || after == ';' || after == ':' || after == '(';
        }
        return words.known(next) && (next.length() > 2 || FunctionWords.isEnglish(next));
    }

    private static String neighbour(List<Inline> items, int from, int step) {
        int k = from;
        if (k < 0 || k >= items.size()) return null;
        Inline first = items.get(k);
        if (Inlines.charOf(first) != ' ' && !(first instanceof Inline.LineBreak lb && !lb.inWord())) return null;
        k += step;
        if (step > 0 && k < items.size() && "“‘\"(".indexOf(Inlines.charOf(items.get(k))) >= 0) k++;   // an opening quote or bracket
        StringBuilder sb = new StringBuilder();
        while (k >= 0 && k < items.size() && Character.isLetter(Inlines.charOf(items.get(k)))) {
            sb.append(Inlines.charOf(items.get(k)));
            k += step;
        }
        if (sb.length() == 0) return null;
        return step < 0 ? sb.reverse().toString() : sb.toString();
    }

    /** The whole token as printed, read with the spaces that were lost. */
    private static Inline spaced(List<Inline> items, Token token, String regular, boolean doubtful) {
        return new Inline.Choice(Inline.Choice.Kind.NORMALISATION,
                Inlines.merge(new ArrayList<>(items.subList(token.from(), token.to()))), regular, doubtful);
    }

    private static Inline correction(List<Inline> items, int from, int to, String corr, boolean low) {
        return new Inline.Choice(Inline.Choice.Kind.CORRECTION, Inlines.merge(new ArrayList<>(items.subList(from, to))), corr, low);
    }

    /**
     * camelCase names ("leDesc", "standO"): each unknown part may have lost a ligature, and the
     * whole name is one correction. In a note, a name run into an italic title ("SydScreenplay",
     * "SeeExtensible", "SpecicationInternet") is also split where a space was lost: the left
     * part has three letters or more and the right part is a known word, a function word, or an
     * acronym after a known word. "MacWhinney", "McCartney" and "DeWitt" stay whole.
     */
    private List<Inline> camelParts(List<Inline> items, Token token, boolean inTag) {
        String t = token.text();
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int i = 1; i < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i - 1)) && Character.isUpperCase(t.charAt(i))) cuts.add(i);
        }
        if (cuts.size() == 1) return null;
        cuts.add(t.length());
        int n = cuts.size() - 1;
        String[] fixed = new String[n];
        boolean[] low = new boolean[n];
        boolean changed = false;
        for (int p = 0; p < n; p++) {
            String part = t.substring(cuts.get(p), cuts.get(p + 1));
            boolean known = part.length() > 1 && words.known(part);
            Ligatures.Candidate c = known || (part.length() == 1 && p == 0) ? null : ligatures.restore(part);
            if (known && words.lexiconZipf(part) <= RARE && Character.isLowerCase(part.charAt(0))) {
                Ligatures.Candidate r = ligatures.restore(part);          // "proleDesc": a rare word read as damaged
                if (r != null && r.zipf() >= COMMON) c = new Ligatures.Candidate(r.word(), true, r.zipf());
            }
            fixed[p] = c != null ? c.word() : part;
            low[p] = c != null && c.lowCertainty();
            changed |= c != null;
        }
        boolean[] spaceBefore = new boolean[n];
        boolean split = false;
        if (note && !inTag) {
            for (int p = 1; p < n; p++) {
                String left = fixed[p - 1];
                String right = fixed[p];
                boolean rightWord = right.length() >= 3 && words.known(right) && !isAllCaps(right);
                boolean rightFunction = FunctionWords.isEnglish(right) && right.length() >= 2;
                boolean rightAcronym = isAllCaps(right) && left.length() >= 4 && words.known(left);
                boolean rightName = right.length() >= 4 && left.length() >= 4 && words.known(left) && !isAllCaps(right);
                if (left.length() >= 3 && (rightWord || rightFunction || rightAcronym || rightName) && !words.known(left + right)) {
                    spaceBefore[p] = true;
                    split = true;
                }
            }
        }
        if (!changed && !split) return null;
        if (!changed) {
            // each piece may itself be words run together ("Declarationand|Document")
            StringBuilder reg = new StringBuilder();
            StringBuilder piece = new StringBuilder();
            for (int p = 0; p <= n; p++) {
                if (p == n || (p > 0 && spaceBefore[p])) {
                    if (reg.length() > 0) reg.append(' ');
                    List<Part> parts = piece.length() >= 3 ? segment(piece.toString()) : null;
                    if (parts != null && parts.stream().allMatch(q -> q.corrected() == null)) {
                        for (int q = 0; q < parts.size(); q++) {
                            if (q > 0) reg.append(' ');
                            reg.append(piece, parts.get(q).start(), parts.get(q).end());
                        }
                    } else {
                        reg.append(piece);
                    }
                    piece.setLength(0);
                }
                if (p < n) piece.append(fixed[p]);
            }
            return List.of(spaced(items, token, reg.toString(), false));
        }
        List<Inline> out = new ArrayList<>();
        int segStart = 0;
        for (int p = 1; p <= n; p++) {
            if (p < n && !spaceBefore[p]) continue;
            int from = token.itemStart(cuts.get(segStart));
            int to = token.itemEnd(cuts.get(p));
            StringBuilder corr = new StringBuilder();
            boolean segChanged = false;
            boolean segLow = false;
            for (int q = segStart; q < p; q++) {
                corr.append(fixed[q]);
                segChanged |= !fixed[q].equals(t.substring(cuts.get(q), cuts.get(q + 1)));
                segLow |= low[q];
            }
            if (segStart > 0) out.add(LostSpaces.space());
            if (segChanged) out.add(correction(items, from, to, corr.toString(), segLow));
            else out.addAll(items.subList(from, to));
            segStart = p;
        }
        return out;
    }

    private static boolean followedBy(List<Inline> items, int from, String text) {
        for (int k = 0; k < text.length(); k++) {
            if (from + k >= items.size() || Inlines.charOf(items.get(from + k)) != text.charAt(k)) return false;
        }
        return true;
    }

    private static boolean isAllCaps(String t) {
        if (t.length() < 2) return false;
        for (int i = 0; i < t.length(); i++) if (Character.isLowerCase(t.charAt(i))) return false;
        return true;
    }

    private static boolean sentenceInitial(List<Inline> items, int from) {
        for (int k = from - 1; k >= 0; k--) {
            Inline it = items.get(k);
            char c = Inlines.charOf(it);
            if (c == ' ' || it instanceof Inline.LineBreak || c == '“' || c == '"') continue;
            return c == '.' || c == '!' || c == '?';
        }
        return false; // the start of a block may continue a sentence from the previous page
    }

    /** A piece of a run-together word: letters [start, end), with its correction if it lost a ligature. */
    record Part(int start, int end, String corrected, boolean lowCertainty, double zipf) {}

    /**
     * Splits a run-together word into known words, at least one of them a very common word at
     * either end (the function word beside the italic run), or at a lower→upper case boundary
     * after a very common word ("ofIzvestiia"). Fewest, most frequent parts win. Null when no
     * such reading exists.
     */
    List<Part> segment(String t) {
        List<Part> parts = segment(t, false);
        if (parts != null || !Character.isLowerCase(t.charAt(0)) || !startsWithFunctionWord(t)) return parts;
        return segment(t, true);
    }

    /** @param unknownTail whether the last part may be a word the lexicon lacks, after a function word */
    private List<Part> segment(String t, boolean unknownTail) {
        int n = t.length();
        if (n < 3 || n > MAX_SEGMENT) return null;
        boolean capitalised = Character.isUpperCase(t.charAt(0));
        if (capitalised && !hasCaseBoundary(t) && !startsWithFunctionWord(t) && !endsWithFunctionWord(t)) return null;
        double[] cost = new double[n + 1];
        Part[] last = new Part[n + 1];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        for (int j = 1; j <= n; j++) {
            for (int i = Math.max(0, j - 24); i < j; i++) {
                if (Double.isInfinite(cost[i])) continue;
                if (i == 0 && j == n) continue; // the whole word is what we are splitting
                Part prev = last[i];
                Part part = part(t, i, j, prev, unknownTail);
                if (part == null) continue;
                double c = cost[i] + partCost(part);
                if (c < cost[j]) {
                    cost[j] = c;
                    last[j] = part;
                }
            }
        }
        if (Double.isInfinite(cost[n])) return null;
        List<Part> parts = new ArrayList<>();
        for (int j = n; j > 0; j = last[j].start()) parts.add(0, last[j]);
        splitGluedVerb(t, parts);
        Part first = parts.get(0);
        Part end = parts.get(parts.size() - 1);
        boolean caseBoundary = false;
        for (int p = 1; p < parts.size(); p++) {
            if (Character.isUpperCase(t.charAt(parts.get(p).start()))) caseBoundary = true;
        }
        if (!caseBoundary && words.attested(t)) return null;      // the page itself prints it whole
        if (parts.size() > 1 && t.substring(end.start(), end.end()).equalsIgnoreCase("a")
                && (capitalised || parts.size() < 3)) return null;  // "a" precedes its noun: "Statista" is not "Statist a"
        String firstWord = t.substring(first.start(), first.end());
        String lastWord = t.substring(end.start(), end.end());
        if (capitalised) {
            // "Bymarkup" → "By markup"; "Declarationand" → "Declaration and"; never "Hart well", "No am"
            String second = t.substring(parts.get(1).start(), parts.get(1).end());
            boolean functionFirst = FunctionWords.isEnglish(firstWord) && second.length() >= 4 && words.knownLower(second);
            boolean functionLast = parts.size() == 2 && FunctionWords.isEnglish(lastWord) && firstWord.length() >= 6
                    && words.knownLower(firstWord) && first.corrected() == null;
            if (!functionFirst && !functionLast && !caseBoundary) return null;
            boolean acronymTail = parts.size() == 2 && end.lowCertainty() && !lastWord.equals(lastWord.toLowerCase(java.util.Locale.ROOT));
            if (caseBoundary && !functionFirst && !FunctionWords.isEnglish(firstWord) && !acronymTail) return null;
        } else if (caseBoundary) {
            // "ofIzvestiia", "inSadness": a function word before the capital; in a note also
            // two words of four letters or more ("termsDocument"); never "listLike", "placeNamePart"
            int firstCapital = 0;
            for (Part p : parts) {
                if (Character.isUpperCase(t.charAt(p.start()))) {
                    firstCapital = p.start();
                    break;
                }
            }
            final int cut = firstCapital;
            String before = t.substring(0, cut);
            boolean functionBefore = parts.stream().anyMatch(p -> p.end() <= cut && FunctionWords.isEnglish(t.substring(p.start(), p.end())));
            boolean acronymAfter = parts.stream().anyMatch(p -> p.start() == cut && p.lowCertainty());
            boolean noteWords = note && before.length() >= 4 && words.known(before) && t.length() - cut >= 4;
            // or a longer word before an italic word of six letters or more ("displayAppropriate"),
            // which element names like "listLike", "sourceDesc", "placeNamePart" are not
            String after = t.substring(cut);
            boolean longWords = before.length() >= 5 && words.known(before) && after.length() >= 6
                    && !hasCaseBoundary(after) && words.known(after) && words.lexiconZipf(after) >= 3.0 && !words.attested(t);
            if (!functionBefore && !acronymAfter && !noteWords && !longWords) return null;
        } else {
            boolean anchored = false;
            boolean content = true;
            double commonest = 0;
            boolean printedParts = true;
            for (int p = 0; p < parts.size(); p++) {
                Part part = parts.get(p);
                String w = t.substring(part.start(), part.end());
                if (w.equals("a") && p > 0 && p < parts.size() - 1) return null;   // "document a list": never "a" inside
                anchored |= FunctionWords.isEnglish(w);
                content &= w.length() >= 4 && part.zipf() >= 2.8 && part.corrected() == null;
                printedParts &= words.printed(w);
                commonest = Math.max(commonest, part.zipf());
            }
            // Two content words: a very common one beside a long one ("word|nature",
            // "called|entity"), or both printed on their own elsewhere on the page. Short
            // compounds the lexicon lacks ("name|space", "trace|back") stay whole.
            boolean twoWords = parts.size() == 2 && commonest >= 5.3
                    && Math.min(parts.get(0).end() - parts.get(0).start(), parts.get(1).end() - parts.get(1).start()) >= 4
                    && Math.max(parts.get(0).end() - parts.get(0).start(), parts.get(1).end() - parts.get(1).start()) >= 6
                    && lengthOfLessCommon(t, parts) >= 6;
            // Three content words or more: an italic term glued to the words on both sides
            // ("word|edition|applies"); a compound the lexicon lacks has two parts, not three
            boolean manyWords = parts.size() >= 3 && t.length() >= 14;
            // both printed on their own on the page, and the joining never: two words, if common ones
            boolean pagesWords = printedParts && commonest >= 4.0 && !words.inDocument(t);
            if (!anchored && !(content && (commonest >= 5.0 && (printedParts || twoWords || manyWords) || pagesWords))) return null;
            if (anchored) parts = keepCompounds(t, parts);
            Part tail = parts.get(parts.size() - 1);
            Part beforeLast = parts.get(parts.size() - 2);
            if (tail.end() - tail.start() <= 2 && FunctionWords.isEnglish(t.substring(tail.start(), tail.end()))
                    && words.lexicon().count(t.substring(beforeLast.start(), beforeLast.end())) == 0 && beforeLast.corrected() == null) {
                return null;   // "licensor" is not "licens or": English words end in "or", "is", "on"
            }
            if (!anchored) {
                // two common words run together ("wordnature"): likely, but a closed compound the
                // lexicon lacks reads the same, so the split is marked doubtful
                Part first0 = parts.get(0);
                parts.set(0, new Part(first0.start(), first0.end(), first0.corrected(), true, first0.zipf()));
            }
        }
        return parts;
    }

    /**
     * Two content words between function words ("of|name|spaces") that have the shape of a
     * short compound the lexicon lacks (both parts of five letters or fewer, a plural ending
     * aside) stay whole where the document prints the compound as a word elsewhere
     * ("namespace"); "word|markup" is two words.
     */
    private List<Part> keepCompounds(String t, List<Part> parts) {
        List<Part> out = new ArrayList<>(parts);
        for (int p = out.size() - 2; p >= 0; p--) {
            Part a = out.get(p);
            Part b = out.get(p + 1);
            if (a.corrected() != null || b.corrected() != null || function(t, a) || function(t, b)) continue;
            boolean alone = (p == 0 || function(t, out.get(p - 1))) && (p + 2 == out.size() || function(t, out.get(p + 2)));
            if (!alone) continue;
            String pair = t.substring(a.start(), b.end());
            boolean shortCompound = Math.max(a.end() - a.start(), b.end() - b.start()) < 6 || lengthOfLessCommon(t, List.of(a, b)) < 6;
            if (!shortCompound || !words.inDocument(pair)) continue;
            out.set(p, new Part(a.start(), b.end(), null, a.lowCertainty() || b.lowCertainty(), Math.min(a.zipf(), b.zipf())));
            out.remove(p + 1);
        }
        return out;
    }

    private static boolean function(String t, Part p) {
        return FunctionWords.isEnglish(t.substring(p.start(), p.end()));
    }

    /** Verbs and pronouns that follow a name or title: "Kavkazwas" is "Kavkaz" + "was". */
    private static final java.util.Set<String> AFTER_NAME = java.util.Set.of(
            "was", "were", "is", "has", "had", "which", "who", "whose", "that", "the", "with", "from", "into");

    /**
     * An unknown capitalised part after a case boundary that ends in a word which typically
     * follows a name ("journalKavkazwas") is split once more; doubtful.
     */
    private void splitGluedVerb(String t, List<Part> parts) {
        Part last = parts.get(parts.size() - 1);
        String s = t.substring(last.start(), last.end());
        if (parts.size() < 2 || !Character.isUpperCase(s.charAt(0)) || words.known(s) || last.corrected() != null) return;
        for (String w : AFTER_NAME) {
            if (s.endsWith(w) && s.length() - w.length() >= 4) {
                int cut = last.end() - w.length();
                parts.set(parts.size() - 1, new Part(last.start(), cut, null, true, last.zipf()));
                parts.add(new Part(cut, last.end(), null, true, words.zipf(w)));
                return;
            }
        }
    }

    /** The length of the less common part without a plural ending ("spaces" counts as "space"). */
    private static int lengthOfLessCommon(String t, List<Part> parts) {
        Part less = parts.get(0).zipf() <= parts.get(1).zipf() ? parts.get(0) : parts.get(1);
        String w = t.substring(less.start(), less.end());
        if (w.endsWith("es") && w.length() > 4) return w.length() - 2;
        if (w.endsWith("s") && !w.endsWith("ss")) return w.length() - 1;
        return w.length();
    }

    private static boolean hasCaseBoundary(String t) {
        for (int i = 1; i < t.length(); i++) {
            if (Character.isLowerCase(t.charAt(i - 1)) && Character.isUpperCase(t.charAt(i))) return true;
        }
        return false;
    }

    private static boolean startsWithFunctionWord(String t) {
        for (int k = 1; k <= Math.min(7, t.length() - 1); k++) if (FunctionWords.isEnglish(t.substring(0, k))) return true;
        return false;
    }

    private static boolean endsWithFunctionWord(String t) {
        for (int k = 2; k <= Math.min(7, t.length() - 1); k++) if (FunctionWords.isEnglish(t.substring(t.length() - k))) return true;
        return false;
    }

    private static double partCost(Part p) {
        double c = 1.5 + Math.max(0, 5.5 - p.zipf()) * 0.5;
        if (p.corrected() != null) c += 1.5;
        return c;
    }

    private Part part(String t, int i, int j, Part prev, boolean unknownTail) {
        String s = t.substring(i, j);
        boolean upper = Character.isUpperCase(s.charAt(0));
        boolean innerCaps = false;
        for (int k = 1; k < s.length(); k++) innerCaps |= Character.isUpperCase(s.charAt(k));
        if (innerCaps) {
            // an acronym or name with inner capitals ("MIME", "XPath") may close the word after a
            // function word, or, less surely, after a common word ("calledXPath")
            if (!upper || i == 0 || j != t.length() || s.length() < 2 || prev == null || prev.start() != 0 || words.attested(t)) return null;
            String prevWord = t.substring(prev.start(), prev.end());
            boolean afterFunction = FunctionWords.isEnglish(prevWord);
            boolean capitalStart = Character.isUpperCase(t.charAt(0));
            boolean acronymLike = s.length() >= 2 && Character.isUpperCase(s.charAt(1));   // "XPath", "XML"; not "NamePart"
            boolean afterWord = acronymLike && prev.corrected() == null && prevWord.length() >= (capitalStart ? 6 : 4)
                    && words.lexiconZipf(prevWord) >= (capitalStart ? 3.0 : 4.5);
            if (!afterFunction && !afterWord) return null;
            return new Part(i, j, null, !afterFunction, 3.0);
        }
        if (upper && i > 0 && !Character.isLowerCase(t.charAt(i - 1))) return null;
        if (j == t.length() && s.length() <= 2 && !upper && prev != null && !words.known(s)) {
            // a lone letter that lost a ligature, in a verb's place at the end of the run ("donott": "do not fit")
            String prevWord = t.substring(prev.start(), prev.end());
            Ligatures.Candidate c = ligatures.restore(s);
            if (c != null && (BEFORE_BARE_VERB.contains(prevWord) || prevWord.equals("not")) && isVerb(c.word(), false)) {
                return new Part(i, j, c.word(), true, c.zipf());
            }
        }
        double z = words.known(s) ? words.zipf(s) : 0;
        if (z > 0 && z >= threshold(s.length())) {
            if (s.length() == 1 && !s.equalsIgnoreCase("a")) return null;
            return new Part(i, j, null, false, z);
        }
        if (s.length() >= 4 && !upper && z == 0) {   // a damaged word inside the run
            Ligatures.Candidate c = ligatures.restore(s);
            if (c != null && !c.lowCertainty() && c.zipf() >= threshold(c.word().length())) {
                return new Part(i, j, c.word(), false, c.zipf());
            }
        }
        if (z == 0 && s.length() >= 5 && words.attested(s) && ligatures.restore(s) == null) {
            return new Part(i, j, null, false, Math.max(2.5, words.zipf(s)));   // the page's own word ("datatypes")
        }
        if (unknownTail && !upper && j == t.length() && s.length() >= 5 && prev != null && prev.start() == 0) {
            // a function word glued to an italic word the lexicon lacks ("fromscriptio")
            String prevWord = t.substring(prev.start(), prev.end());
            if (prevWord.length() >= 4 && FunctionWords.isEnglish(prevWord) && !words.attested(t)) {   // not "per|sonnes"
                return new Part(i, j, null, true, 1.0);
            }
        }
        if (upper && i > 0 && s.length() >= 3 && prev != null) {
            String prevWord = t.substring(prev.start(), prev.end());
            boolean afterCommonWord = FunctionWords.isEnglish(prevWord) || (s.length() >= 6 && prev.zipf() >= 3.5 && !words.known(s));
            if (afterCommonWord) return new Part(i, j, null, false, Math.max(1.0, words.zipf(s)) - 0.4 * Math.max(0, s.length() - 5));
        }
        return null;
    }

    private static double threshold(int length) {
        return switch (length) {
            case 1, 2 -> 5.0;
            case 3 -> 3.5;
            case 4, 5 -> 2.5;
            default -> 0.5;
        };
    }
}
