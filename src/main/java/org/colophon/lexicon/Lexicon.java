package org.colophon.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * An immutable, thread-safe general word list with corpus frequencies.
 *
 * <p>Each language is loaded lazily, once per JVM, from a gzipped classpath resource of lines
 * {@code word<TAB>count} (lines starting with {@code #} are metadata, e.g.
 * {@code #corpus_tokens<TAB>N}). A count of 0 means the word is in the dictionary but has no
 * corpus frequency.
 *
 * <p>Case rules used by every lookup:
 * <ul>
 *   <li>an exact spelling always matches;</li>
 *   <li>a Capitalised word ({@code Effort}, {@code People's}) or an ALL-CAPS word
 *       ({@code EFFORT}) also matches its lower-case entry;</li>
 *   <li>an ALL-CAPS word also matches any entry with the same upper-case form
 *       ({@code SHEFFIELD} matches {@code Sheffield});</li>
 *   <li>a lower-case word never matches a capitalised entry: {@code sheffield} is unknown when
 *       only {@code Sheffield} is listed.</li>
 * </ul>
 * Typographic apostrophes ({@code ’}, {@code ʼ}) are read as ASCII {@code '}.
 */
public final class Lexicon {

    private static final String RESOURCE_DIR = "/org/colophon/lexicon/";
    /** zipf value for a known word that has no corpus count. */
    public static final double ZIPF_FLOOR = 1.0;

    private final String language;
    private final String[] spellings;   // entry -> spelling as listed
    private final String[] folds;       // entry -> lower-case form (same instance when equal)
    private final int[] counts;         // entry -> corpus count
    private final int[] nextVariant;    // entry -> next entry with the same fold, or -1
    private final int[] table;          // open addressing over folds: head entry + 1, 0 = empty
    private final int mask;
    private final long corpusTokens;
    // The most frequent words and their capitalised forms, answered from a small table built
    // once: most lookups of running text hit it and stay in cache instead of walking the big one.
    private static final int HOT_WORDS = 40_000;
    private String[] hotKeys;
    private int[] hotHashes;
    private int[] hotEntries;
    private int hotMask;

    private static final class English {
        static final Lexicon INSTANCE = load("en");
    }

    private static final class German {
        static final Lexicon INSTANCE = load("de");
    }

    /** The English lexicon (American and British spellings, common proper names). */
    public static Lexicon english() {
        return English.INSTANCE;
    }

    /** The German lexicon (new orthography; no frequencies, every count is 0). */
    public static Lexicon german() {
        return German.INSTANCE;
    }

    private Lexicon(String language, String[] spellings, int[] counts, int size, long corpusTokens) {
        this.language = language;
        this.spellings = Arrays.copyOf(spellings, size);
        this.counts = Arrays.copyOf(counts, size);
        this.corpusTokens = corpusTokens;
        this.folds = new String[size];
        this.nextVariant = new int[size];
        int cap = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1; // load factor <= 0.5
        this.table = new int[cap];
        this.mask = cap - 1;
        for (int i = 0; i < size; i++) {
            String fold = this.spellings[i].toLowerCase(Locale.ROOT);
            folds[i] = fold;
            int slot = slot(fold);
            int head = table[slot] - 1;
            if (head < 0) {
                table[slot] = i + 1;
                nextVariant[i] = -1;
            } else {
                // append after the head so the file order (sorted) is kept within a group
                nextVariant[i] = nextVariant[head];
                nextVariant[head] = i;
            }
        }
        shareFoldedCounts();
        buildHotTable();
    }

    /**
     * SUBTLEX counts are case-folded: "no" and "No" are one count. Where the list has both a
     * common word and a capitalised name of the same letters, the count may have landed on the
     * name alone; the common word takes it too, so "no" is as frequent as it is.
     */
    private void shareFoldedCounts() {
        for (int slot : table) {
            int head = slot - 1;
            if (head < 0) continue;
            int max = 0;
            for (int e = head; e >= 0; e = nextVariant[e]) max = Math.max(max, counts[e]);
            if (max == 0) continue;
            for (int e = head; e >= 0; e = nextVariant[e]) {
                if (counts[e] == 0 && (spellings[e] == folds[e] || spellings[e].equals(folds[e]))) counts[e] = max;
            }
        }
    }

    private void buildHotTable() {
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(counts[b], counts[a]));
        int n = Math.min(HOT_WORDS, order.length);
        int cap = Integer.highestOneBit(Math.max(4, n * 2 * 2 - 1)) << 1;
        String[] keys = new String[cap];
        int[] hashes = new int[cap];
        int[] entries = new int[cap];
        int m = cap - 1;
        for (int k = 0; k < n; k++) {
            String s = spellings[order[k]];
            for (String key : new String[] {s, capitalise(s)}) {
                int e = bestSlow(key);
                if (e < 0) continue;
                String copy = new String(key.toCharArray());     // copied together: neighbours in memory
                int h = copy.hashCode();
                int i = mix(h) & m;
                while (keys[i] != null && !keys[i].equals(copy)) i = (i + 1) & m;
                if (keys[i] == null) {
                    keys[i] = copy;
                    hashes[i] = h;
                    entries[i] = e;
                }
            }
        }
        hotKeys = keys;
        hotHashes = hashes;
        hotEntries = entries;
        hotMask = m;
    }

    private static String capitalise(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) return s;
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static int mix(int h) {
        h ^= (h >>> 16);
        h *= 0x9E3779B1;
        return h ^ (h >>> 15);
    }

    /** The slot holding {@code fold}'s group, or the empty slot where it would go. */
    private int slot(String fold) {
        int h = fold.hashCode();
        h ^= (h >>> 16);
        h *= 0x9E3779B1;
        int i = (h ^ (h >>> 15)) & mask;
        while (true) {
            int e = table[i] - 1;
            if (e < 0 || folds[e].equals(fold)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /** The language code, {@code en} or {@code de}. */
    public String language() {
        return language;
    }

    /** Number of entries (distinct spellings). */
    public int size() {
        return spellings.length;
    }

    /** Whether the word is known under the case rules of this class. */
    public boolean contains(String word) {
        return best(word) >= 0;
    }

    /**
     * The corpus count of the word (the largest over the matching spellings); 0 when the word is
     * unknown or has no frequency.
     */
    public long count(String word) {
        int e = best(word);
        return e < 0 ? 0 : counts[e];
    }

    /** Whether the lexicon knows how common its words are (the German one lists words only). */
    public boolean hasFrequencies() {
        return corpusTokens > 0;
    }

    /**
     * A Zipf-style score: log10 of the count per billion corpus words. A known word with no count
     * gets {@link #ZIPF_FLOOR}; an unknown word gets 0.
     */
    public double zipf(String word) {
        int e = best(word);
        if (e < 0) {
            return 0.0;
        }
        int c = counts[e];
        if (c <= 0 || corpusTokens <= 0) {
            return ZIPF_FLOOR;
        }
        return Math.max(ZIPF_FLOOR, Math.log10(c * 1e9 / corpusTokens));
    }

    /**
     * Whether the word is listed only with an initial capital (a proper name such as
     * {@code Sheffield} or {@code Geoffrey}): a matching capitalised entry exists and no
     * lower-case entry of the same word does. Lower-case input is never a proper name; single
     * letters ({@code I}, {@code O}) are not proper names.
     */
    public boolean isProperName(String word) {
        if (word == null) {
            return false;
        }
        String w = normalize(word);
        if (w.length() < 2) {
            return false;
        }
        int head = head(w.toLowerCase(Locale.ROOT));
        for (int e = head; e >= 0; e = nextVariant[e]) {
            if (spellings[e] == folds[e] || spellings[e].equals(folds[e])) {
                return false; // also listed in lower case: a common word
            }
        }
        return capitalisedEntry(w, head);
    }

    /**
     * Whether the word is listed with an initial capital, whether or not it is listed in lower case
     * too: {@code Nation} in German (a noun), {@code Rose} in English (a name); not {@code Nation} in
     * English, where only {@code nation} is listed.
     */
    public boolean hasCapitalisedEntry(String word) {
        if (word == null || word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        String w = normalize(word);
        return capitalisedEntry(w, head(w.toLowerCase(Locale.ROOT)));
    }

    /** Whether a capitalised spelling among the variants from {@code head} matches the normalised word. */
    private boolean capitalisedEntry(String w, int head) {
        for (int e = head; e >= 0; e = nextVariant[e]) {
            String s = spellings[e];
            if (Character.isUpperCase(s.codePointAt(0)) && matches(s, folds[e], w, shape(w))) {
                return true;
            }
        }
        return false;
    }

    /** Every listed spelling with its count, in list order. */
    public void forEach(java.util.function.ObjIntConsumer<String> action) {
        for (int e = 0; e < spellings.length; e++) {
            action.accept(spellings[e], counts[e]);
        }
    }

    @Override
    public String toString() {
        return "Lexicon[" + language + ", " + spellings.length + " entries]";
    }

    // ---------------------------------------------------------------- lookup internals

    private static final int SHAPE_OTHER = 0;
    private static final int SHAPE_CAPITALISED = 1;
    private static final int SHAPE_ALL_CAPS = 2;

    /** Index of the matching entry with the highest count, or -1. */
    private int best(String word) {
        if (word == null || word.isEmpty()) {
            return -1;
        }
        if (hotKeys != null) {
            int h = word.hashCode();
            for (int i = mix(h) & hotMask; hotKeys[i] != null; i = (i + 1) & hotMask) {
                if (hotHashes[i] == h && hotKeys[i].equals(word)) return hotEntries[i];
            }
        }
        return bestSlow(word);
    }

    private int bestSlow(String word) {
        String w = normalize(word);
        String fold = w.toLowerCase(Locale.ROOT);
        int head = head(fold);
        if (head < 0) {
            return -1;
        }
        int shape = shape(w);
        int best = -1;
        for (int e = head; e >= 0; e = nextVariant[e]) {
            if (matches(spellings[e], folds[e], w, shape) && (best < 0 || counts[e] > counts[best])) {
                best = e;
            }
        }
        return best;
    }

    private int head(String fold) {
        return table[slot(fold)] - 1;
    }

    private static boolean matches(String spelling, String fold, String w, int shape) {
        if (spelling.equals(w)) {
            return true;
        }
        boolean lowerEntry = spelling == fold || spelling.equals(fold);
        if (shape == SHAPE_CAPITALISED) {
            return lowerEntry;
        }
        if (shape == SHAPE_ALL_CAPS) {
            return lowerEntry || spelling.toUpperCase(Locale.ROOT).equals(w);
        }
        return false;
    }

    /** Capitalised: first letter upper case, every other letter lower case. */
    private static int shape(String w) {
        int upper = 0;
        int lower = 0;
        boolean firstUpper = false;
        boolean seenLetter = false;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (!seenLetter) {
                    firstUpper = true;
                }
                upper++;
                seenLetter = true;
            } else if (Character.isLowerCase(cp)) {
                lower++;
                seenLetter = true;
            } else if (Character.isLetter(cp)) {
                seenLetter = true;
            }
        }
        if (upper == 0) {
            return SHAPE_OTHER;
        }
        if (firstUpper && upper == 1) {
            return SHAPE_CAPITALISED; // also a single capital letter ("A")
        }
        return lower == 0 ? SHAPE_ALL_CAPS : SHAPE_OTHER;
    }

    private static String normalize(String word) {
        if (word.indexOf('\u2019') < 0 && word.indexOf('\u02BC') < 0) {
            return word;
        }
        return word.replace('\u2019', '\'').replace('\u02BC', '\'');
    }

    // ---------------------------------------------------------------- loading

    private static Lexicon load(String language) {
        String name = RESOURCE_DIR + language + ".tsv.gz";
        byte[] data;
        try (InputStream raw = Lexicon.class.getResourceAsStream(name)) {
            if (raw == null) {
                throw new IllegalStateException("lexicon resource missing from classpath: " + name);
            }
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                data = in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        String[] words = new String[1 << 16];
        int[] counts = new int[1 << 16];
        int n = 0;
        long corpusTokens = 0;
        int pos = 0;
        int len = data.length;
        while (pos < len) {
            int eol = pos;
            while (eol < len && data[eol] != '\n') {
                eol++;
            }
            int end = eol;
            if (end > pos && data[end - 1] == '\r') {
                end--;
            }
            int tab = -1;
            for (int i = pos; i < end; i++) {
                if (data[i] == '\t') {
                    tab = i;
                    break;
                }
            }
            if (end > pos && data[pos] == '#') {
                if (tab > 0) {
                    String key = new String(data, pos + 1, tab - pos - 1, StandardCharsets.UTF_8);
                    if (key.equals("corpus_tokens")) {
                        corpusTokens = parseCount(data, tab + 1, end);
                    }
                }
            } else if (end > pos) {
                int wordEnd = tab < 0 ? end : tab;
                if (n == words.length) {
                    words = Arrays.copyOf(words, n * 2);
                    counts = Arrays.copyOf(counts, n * 2);
                }
                words[n] = new String(data, pos, wordEnd - pos, StandardCharsets.UTF_8);
                counts[n] = tab < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, parseCount(data, tab + 1, end));
                n++;
            }
            pos = eol + 1;
        }
        return new Lexicon(language, words, counts, n, corpusTokens);
    }

    private static long parseCount(byte[] data, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = data[i] - '0';
            if (d < 0 || d > 9) {
                break;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
