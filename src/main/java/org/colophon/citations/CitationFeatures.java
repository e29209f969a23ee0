package org.colophon.citations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.colophon.lexicon.Lexicon;

/**
 * The observations the citation tagger weighs for each token: the word itself and its shape,
 * its neighbours, what the lexicon knows of it (a common word or a name), cue words (months,
 * "ed.", "Press", "pp.", "vol."), and where it stands in the citation's structure (inside
 * quotation marks or brackets, after how many full stops and commas, after the year).
 * General by design: nothing here names a particular work, author or publisher.
 */
final class CitationFeatures {

    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december", "januar", "februar", "märz", "mai", "juni", "juli",
            "oktober", "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre", "spring", "summer", "autumn", "fall", "winter");
    private static final Set<String> ROLES = Set.of("ed", "eds", "edd", "editor", "editors", "edited", "hrsg", "hg",
            "hgg", "hrsgg", "herausgegeben", "herausgeber", "trans", "transl", "translated", "translator", "tr",
            "übers", "übersetzt", "comp", "comps", "compiled", "dir", "éd", "éds", "introd", "introduction");
    private static final Set<String> PUBLISHERS = Set.of("press", "verlag", "publishers", "publisher", "publishing",
            "university", "books", "company", "co", "inc", "ltd", "presses", "universitaires", "editions", "éditions",
            "buchhandlung", "verlagsanstalt", "verlags", "gmbh", "ag", "kg", "routledge", "springer", "wiley",
            "elsevier", "brill", "mohr", "suhrkamp", "beck", "gruyter", "akademie", "academic", "house", "izd",
            "izdatel'stvo", "nauka", "editore", "edizioni", "editorial", "libraire", "librairie", "druck");
    private static final Set<String> PAGEWORDS = Set.of("p", "pp", "pg", "pgs", "page", "pages", "s", "seite", "seiten",
            "at", "ff", "f", "passim", "col", "cols", "fol", "fols");
    private static final Set<String> VOLWORDS = Set.of("vol", "vols", "volume", "volumes", "no", "nos", "nr",
            "number", "issue", "heft", "h", "bd", "band", "jg", "jahrgang", "n", "t", "tome", "tom", "part", "pt",
            "ser", "series", "nf", "ns");
    private static final Set<String> CONNECTIVES = Set.of("in", "dans", "im", "en", "and", "und", "&", "et", "y",
            "of", "the", "der", "die", "das", "de", "la", "le", "les", "a", "an", "for", "to", "on", "zur", "zum",
            "von", "van", "du", "des", "del", "della", "di");

    /** Abbreviated titles of law journals and law reports, German and English ("NJW 1999, 797", "[1932] AC 562"). */
    private static final Set<String> LAW_JOURNALS = Set.of("njw", "nzg", "zhr", "zgr", "jz", "acp", "zip", "bb", "db", "wm",
            "grur", "mmr", "cr", "jus", "ag", "nstz", "zrp", "döv", "dvbl", "nvwz", "rabelsz", "zeup", "ja", "jura", "zfa",
            "nza", "rda", "zum", "euzw", "zstw", "ga", "bghz", "bghst", "bverfge", "bverwge", "rgz", "nzm", "ziw", "juz",
            "ac", "qb", "kb", "ch", "wlr", "er", "lr", "ukhl", "ewca", "uksc", "ecr", "clr", "scr", "us", "f", "supp",
            "harv", "yale", "colum", "stan", "mich", "rev", "l", "j", "q", "eur", "int'l", "comp");
    /** Words that point to what follows or refers back: pinpoints, cross-references and signals. */
    private static final Set<String> CUES = Set.of("rn", "rdnr", "rz", "fn", "anm", "hier", "ebd", "ebenda", "aao", "ibid",
            "ibidem", "id", "supra", "infra", "op", "cit", "loc", "vgl", "see", "cf", "siehe", "auch", "also", "voir",
            "generally", "compare", "e.g", "passim", "mwn", "m", "w", "n");

    private static final int MONTH = 1;
    private static final int ROLE = 2;
    private static final int PUBWORD = 4;
    private static final int PAGEWORD = 8;
    private static final int VOLWORD = 16;
    private static final int CONN = 32;
    private static final int LAWJ = 64;
    private static final int CUE = 128;
    /** Each listed word and the lists it is on (one lookup a token instead of one a list). */
    private static final java.util.Map<String, Integer> KINDS = new java.util.HashMap<>();
    static {
        List<Set<String>> lists = List.of(MONTHS, ROLES, PUBLISHERS, PAGEWORDS, VOLWORDS, CONNECTIVES, LAW_JOURNALS, CUES);
        for (int k = 0; k < lists.size(); k++) {
            for (String w : lists.get(k)) KINDS.merge(w, 1 << k, (a, b) -> a | b);
        }
    }

    private CitationFeatures() {
    }

    /** Feature names of every token, in token order (for training and for reading what the tagger sees). */
    static List<String[]> of(List<CiteToken> toks, List<Span> hints) {
        Names names = new Names(toks.size());
        extract(toks, hints, names);
        return names.out;
    }

    /**
     * Where the features of each token go: the tagger adds their weights up without ever making
     * the feature's name ({@link Hashes}), training and tests get the names ({@link Names}). A
     * feature is named by a {@link Prefix} and up to one {@link Value} (two joined by a separator).
     */
    abstract static class Sink {
        /** The features that follow are those of token {@code i}. */
        abstract void token(int i);

        /** The last token's features are done (not called when there are no tokens). */
        void end() {
        }

        /**
         * Whether the features of the current token's word alone are wanted: they follow, up to
         * {@link #wordDone}. A sink that remembers their weights by the word has them already.
         */
        boolean word(Word w) {
            return true;
        }

        /** The features of the word alone are done. */
        void wordDone() {
        }

        /**
         * The feature {@code p} of a neighbouring word ({@code w}: "w-1=", "w+1=", "w-2=", "w+2=", number
         * {@code which} of {@link #NEIGHBOURS}), or of the edge of the citation where there is none
         * ({@code w} null). A sink that remembers a word's weights as a neighbour has them already.
         */
        void neighbour(Prefix p, int which, Word w, Value edge) {
            add(p, w == null ? edge : w.lower);
        }

        /** The feature named {@code p} alone ("first", "year"). */
        abstract void add(Prefix p);

        /** The feature {@code p + v}. */
        abstract void add(Prefix p, Value v);

        /** The feature {@code p + s.substring(from, to)}. */
        abstract void add(Prefix p, String s, int from, int to);

        /** The feature {@code p + a + sep + b}. */
        abstract void add(Prefix p, Value a, char sep, Value b);
    }

    /** Collects the feature names (training, tests). */
    static final class Names extends Sink {
        final List<String[]> out;
        private final List<String> cur = new ArrayList<>(48);

        Names(int n) {
            out = new ArrayList<>(n);
        }

        @Override
        void token(int i) {
            if (i > 0) out.add(cur.toArray(String[]::new));
            cur.clear();
        }

        @Override
        void end() {
            out.add(cur.toArray(String[]::new));
            cur.clear();
        }

        @Override
        void add(Prefix p) {
            cur.add(p.name);
        }

        @Override
        void add(Prefix p, Value v) {
            cur.add(p.name + v.text);
        }

        @Override
        void add(Prefix p, String s, int from, int to) {
            cur.add(p.name + s.substring(from, to));
        }

        @Override
        void add(Prefix p, Value a, char sep, Value b) {
            cur.add(p.name + a.text + sep + b.text);
        }
    }

    /**
     * Hands on the 64-bit hash of each feature's name ({@link #hash(String)}), made from the hashes
     * of its parts: each prefix is hashed once for good and each token's word and shape once a
     * citation, however many features name them (the word is in five, the shape in eight); the
     * value of two values joined is hashed from theirs, without going over their characters again.
     */
    abstract static class Hashes extends Sink {
        /** One feature, by the hash of its name. */
        abstract void feature(long hash);

        @Override
        final void add(Prefix p) {
            feature(p.alone);
        }

        @Override
        final void add(Prefix p, Value v) {
            feature(join(p.key, v.hash));
        }

        @Override
        final void add(Prefix p, String s, int from, int to) {
            feature(join(p.key, polynomial(s, from, to)));
        }

        @Override
        final void add(Prefix p, Value a, char sep, Value b) {
            feature(join(p.key, (a.hash * BASE + sep) * b.shift + b.hash));
        }
    }

    /**
     * The part of a feature's name before its value, up to and including its {@code '='} ("w-1="),
     * or the whole name of a feature without one ("first"); hashed once, when the constant is made.
     */
    static final class Prefix {
        final String name;
        /** What the value's hash is joined with ({@link #join}). */
        final long key;
        /** The hash of the feature named by the prefix alone. */
        final long alone;

        Prefix(String name) {
            int eq = name.indexOf('=');
            if (eq >= 0 && eq != name.length() - 1) throw new IllegalArgumentException("'=' ends a prefix: " + name);
            this.name = name;
            this.key = finish(polynomial(name, 0, name.length()));
            this.alone = finish(key);
        }
    }

    /**
     * A feature's value ("london", "Xx") with the hash of its characters ({@link #polynomial}),
     * made once and named by many features, and {@code BASE} to the power of its length: the hash
     * of {@code a + sep + b} is {@code (a.hash * BASE + sep) * b.shift + b.hash}.
     */
    record Value(String text, long hash, long shift) {
        static Value of(String text) {
            long shift = 1;
            for (int i = 0; i < text.length(); i++) shift *= BASE;
            return new Value(text, polynomial(text, 0, text.length()), shift);
        }
    }

    // the name's parts are hashed apart: the value's chars as a polynomial in BASE (mod 2^64, so
    // that values join without going over their chars again), joined with the prefix's key and
    // spread by MurmurHash3's 64-bit finaliser; the prefix's key is its own polynomial, finished
    private static final long BASE = 0xc6a4a7935bd1e995L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    /**
     * The hash of a feature's name, as {@link Hashes} computes it from the name's parts: the prefix
     * runs to the first {@code '='} (a name without one is a prefix alone), the value is the rest.
     */
    static long hash(String name) {
        int eq = name.indexOf('=');
        if (eq < 0) return new Prefix(name).alone;
        return join(new Prefix(name.substring(0, eq + 1)).key, polynomial(name, eq + 1, name.length()));
    }

    /** The hash of the feature {@code p + v}, as {@link Hashes#add(Prefix, Value)} hands it on. */
    static long hash(Prefix p, Value v) {
        return join(p.key, v.hash);
    }

    /** The hash of the feature of a prefix's key and a value's hash. */
    private static long join(long key, long value) {
        return finish(key ^ value * GOLDEN);
    }

    /** {@code s[from] * BASE^(n-1) + ... + s[to-1]}, mod 2^64 ({@code n = to - from}). */
    private static long polynomial(String s, int from, int to) {
        long h = 0;
        for (int i = from; i < to; i++) h = h * BASE + s.charAt(i);
        return h;
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    // the features' prefixes, and the features of a prefix alone
    private static final Prefix BIAS = new Prefix("b");
    private static final Prefix WORD = new Prefix("w=");
    private static final Prefix SHAPE = new Prefix("s=");
    private static final Prefix SUFFIX = new Prefix("suf=");
    private static final Prefix PREFIX = new Prefix("pre=");
    private static final Prefix WORD_BEFORE = new Prefix("w-1=");
    private static final Prefix WORD_AFTER = new Prefix("w+1=");
    private static final Prefix WORD_2_BEFORE = new Prefix("w-2=");
    private static final Prefix WORD_2_AFTER = new Prefix("w+2=");
    /** The features of a neighbouring word, in the order {@link Sink#neighbour} numbers them. */
    static final Prefix[] NEIGHBOURS = {WORD_BEFORE, WORD_AFTER, WORD_2_BEFORE, WORD_2_AFTER};
    private static final Prefix WORDS_BEFORE = new Prefix("ww-1=");
    private static final Prefix WORDS_AFTER = new Prefix("ww+1=");
    private static final Prefix SHAPES_BEFORE = new Prefix("s-1s=");
    private static final Prefix SHAPES_AFTER = new Prefix("ss+1=");
    private static final Prefix FIRST = new Prefix("first");
    private static final Prefix LAST = new Prefix("last");
    private static final Prefix LEXICON = new Prefix("lex=");
    private static final Prefix INITIAL = new Prefix("initial");
    private static final Prefix DIGITS = new Prefix("digits=");
    private static final Prefix YEAR = new Prefix("year");
    private static final Prefix IS_MONTH = new Prefix("month");
    private static final Prefix IS_ROLE = new Prefix("role");
    private static final Prefix IS_PUBWORD = new Prefix("pubword");
    private static final Prefix IS_PAGEWORD = new Prefix("pageword");
    private static final Prefix IS_VOLWORD = new Prefix("volword");
    private static final Prefix IS_CONN = new Prefix("conn");
    private static final Prefix IS_LAWJ = new Prefix("lawj");
    private static final Prefix IS_CUE = new Prefix("cue");
    private static final Prefix VERSUS = new Prefix("versus");
    private static final Prefix SQUARE = new Prefix("square");
    private static final Prefix WEB = new Prefix("web");
    private static final Prefix QUOTED = new Prefix("q=");
    private static final Prefix PAREN = new Prefix("paren");
    private static final Prefix STOPS = new Prefix("stops=");
    private static final Prefix COMMAS = new Prefix("commas=");
    private static final Prefix RULES = new Prefix("r=");
    private static final Prefix RULES_BEFORE = new Prefix("r-1=");
    private static final Prefix TO_NUMBER = new Prefix("tonum=");
    private static final Prefix TO_STOP = new Prefix("tostop=");
    private static final Prefix SINCE_STOP = new Prefix("since=");
    private static final Prefix LAST_PUNCT = new Prefix("lp=");
    private static final Prefix AFTER_YEAR = new Prefix("afterYear");
    private static final Prefix AFTER_COLON = new Prefix("afterColon");
    private static final Prefix AFTER_IN = new Prefix("afterIn");
    private static final Prefix GROUP_YEAR = new Prefix("grpYear");
    private static final Prefix GROUP_COLON = new Prefix("grpColon");
    private static final Prefix AFTER_QUOTE = new Prefix("afterQuote");
    private static final Prefix CITY = new Prefix("city");
    private static final Prefix CAPS = new Prefix("caps");

    // values named by many tokens, hashed once
    private static final Value[] SMALL = new Value[11];
    static {
        for (int k = 0; k < SMALL.length; k++) SMALL[k] = Value.of(Integer.toString(k));
    }
    private static final Value START = Value.of("<s>");
    private static final Value END = Value.of("</s>");
    private static final Value TRUE = Value.of("true");
    private static final Value FALSE = Value.of("false");

    /** Hands the features of every token, in token order, to {@code f}. */
    static void extract(List<CiteToken> toks, List<Span> hints, Sink f) {
        int n = toks.size();
        Value[] hint = hints(toks, hints);
        Value[] lower = new Value[n];
        Value[] shape = new Value[n];
        Word[] words = new Word[n];
        for (int i = 0; i < n; i++) {
            Word v = wordValues(toks.get(i).text());
            words[i] = v;
            lower[i] = v.lower;
            shape[i] = v.shape;
        }
        // what the bracketed group around each token holds: "(London: Verso, 1998)" is a book's imprint
        boolean[] groupYear = new boolean[n];
        boolean[] groupColon = new boolean[n];
        brackets(toks, groupYear, groupColon);
        // distances to the next number and the next full stop, from the end backwards
        int[] toNum = new int[n];
        int[] toStop = new int[n];
        int nextNum = -1;
        int nextStop = -1;
        for (int i = n - 1; i >= 0; i--) {
            toNum[i] = nextNum < 0 ? -1 : nextNum - i;
            toStop[i] = nextStop < 0 ? -1 : nextStop - i;
            if (toks.get(i).isNumber()) nextNum = i;
            if (lower[i].text().equals(".")) nextStop = i;
        }
        Value lastPunct = START;
        int sinceStop = 0;
        boolean inQuote = false;
        int paren = 0;
        int brackets = 0;
        boolean singleQuote = false;
        int stops = 0;
        int commas = 0;
        boolean yearSeen = false;
        boolean colonSeen = false;
        boolean inSeen = false;
        boolean quoteClosed = false;
        for (int i = 0; i < n; i++) {
            CiteToken t = toks.get(i);
            String w = t.text();
            String lw = lower[i].text();
            f.token(i);
            if (f.word(words[i])) {
                ofTheWord(f, t, lower[i], shape[i]);
                f.wordDone();
            }
            f.neighbour(WORD_BEFORE, 0, i > 0 ? words[i - 1] : null, START);
            f.neighbour(WORD_AFTER, 1, i + 1 < n ? words[i + 1] : null, END);
            f.neighbour(WORD_2_BEFORE, 2, i > 1 ? words[i - 2] : null, START);
            f.neighbour(WORD_2_AFTER, 3, i + 2 < n ? words[i + 2] : null, END);
            // the word with each neighbour: "in Ecology", "Review ," tell a journal's words from a title's
            f.add(WORDS_BEFORE, i > 0 ? lower[i - 1] : START, '|', lower[i]);
            f.add(WORDS_AFTER, lower[i], '|', i + 1 < n ? lower[i + 1] : END);
            f.add(SHAPES_BEFORE, i > 0 ? shape[i - 1] : START, '|', shape[i]);
            f.add(SHAPES_AFTER, shape[i], '|', i + 1 < n ? shape[i + 1] : END);
            if (i == 0) f.add(FIRST);
            if (i == n - 1) f.add(LAST);
            if (t.isWord() && w.length() == 1 && Character.isUpperCase(w.charAt(0)) && i + 1 < n
                    && lower[i + 1].text().equals(".")) {
                f.add(INITIAL);
            }
            boolean year = isYear(t);
            if (brackets > 0) f.add(SQUARE);
            // structure so far
            f.add(QUOTED, inQuote ? TRUE : FALSE);
            if (paren > 0) f.add(PAREN);
            f.add(STOPS, SMALL[Math.min(stops, 5)]);
            f.add(COMMAS, SMALL[Math.min(commas, 6)]);
            f.add(RULES, hint[i]);
            f.add(RULES_BEFORE, i > 0 ? hint[i - 1] : START, '|', hint[i]);
            f.add(TO_NUMBER, bucket(toNum[i]));
            f.add(TO_STOP, bucket(toStop[i]));
            f.add(SINCE_STOP, bucket(sinceStop));
            f.add(LAST_PUNCT, lastPunct);
            if (yearSeen) f.add(AFTER_YEAR);
            if (colonSeen) f.add(AFTER_COLON);
            if (inSeen) f.add(AFTER_IN);
            if (groupYear[i]) f.add(GROUP_YEAR);
            if (groupColon[i]) f.add(GROUP_COLON);
            if (quoteClosed) f.add(AFTER_QUOTE);
            // update state after the token
            char c = w.charAt(0);
            sinceStop++;
            if (!t.isWord() && !t.isNumber()) lastPunct = w.equals(lw) ? lower[i] : Value.of(w);
            if (w.length() == 1) {
                switch (c) {
                    case '“', '„', '«' -> inQuote = true;
                    case '‘' -> {
                        inQuote = true;
                        singleQuote = true;
                    }
                    case '”', '»' -> {
                        inQuote = false;
                        quoteClosed = true;
                    }
                    case '"' -> inQuote = !inQuote;
                    case '(', '[' -> paren++;
                    case ')', ']' -> paren = Math.max(0, paren - 1);
                    default -> { }
                }
                switch (c) {
                    case '[' -> brackets++;
                    case ']' -> brackets = Math.max(0, brackets - 1);
                    case '.' -> {
                        // a full stop after an initial or an abbreviation does not end a part
                        boolean abbrev = i > 0 && toks.get(i - 1).isWord() && toks.get(i - 1).text().length() <= 3;
                        if (!abbrev) {
                            stops++;
                            sinceStop = 0;
                        }
                        colonSeen = false;
                    }
                    case ',' -> commas++;
                    case ':' -> colonSeen = true;
                    default -> { }
                }
            }
            if (singleQuote && i > 0 && w.endsWith("’")) {   // "‘Title’" (OSCOLA): the closing mark ends a word
                inQuote = false;
                singleQuote = false;
                quoteClosed = true;
            }
            if (w.length() == 1 && c == '"' && !inQuote) quoteClosed = true;
            if (year) yearSeen = true;
            if (lw.equals("in") || lw.equals("dans") || lw.equals("im")) inSeen = true;
        }
        if (n > 0) f.end();
    }

    /**
     * The features of the word alone, whatever stands around it: the word, its shape and ends, what
     * the lexicon and the cue lists know of it (a sink may remember their weights by the word).
     */
    private static void ofTheWord(Sink f, CiteToken t, Value lower, Value shape) {
        String w = t.text();
        String lw = lower.text();
        f.add(BIAS);
        f.add(WORD, lower);
        f.add(SHAPE, shape);
        if (lw.length() > 3) {
            f.add(SUFFIX, lw, lw.length() - 3, lw.length());
            f.add(PREFIX, lw, 0, 3);
        }
        if (t.isWord()) f.add(LEXICON, lexBucket(w, lw));
        if (t.isNumber()) {
            f.add(DIGITS, SMALL[Math.min(w.length(), 5)]);
            if (isYear(t)) f.add(YEAR);
        }
        int kinds = KINDS.getOrDefault(lw, 0);
        if (kinds != 0) {
            if ((kinds & MONTH) != 0) f.add(IS_MONTH);
            if ((kinds & ROLE) != 0) f.add(IS_ROLE);
            if ((kinds & PUBWORD) != 0) f.add(IS_PUBWORD);
            if ((kinds & PAGEWORD) != 0) f.add(IS_PAGEWORD);
            if ((kinds & VOLWORD) != 0) f.add(IS_VOLWORD);
            if ((kinds & CONN) != 0) f.add(IS_CONN);
            if ((kinds & LAWJ) != 0 && t.isWord() && Character.isUpperCase(w.charAt(0))) f.add(IS_LAWJ);
            if ((kinds & CUE) != 0) f.add(IS_CUE);
        }
        if (lw.equals("v") || lw.equals("vs") || lw.equals("v.")) f.add(VERSUS);
        if (lw.startsWith("http") || lw.equals("www") || lw.equals("doi") || lw.equals("url")) f.add(WEB);
        if (CITY_WORDS.contains(lw)) f.add(CITY);
        if (t.isWord() && w.length() >= 2 && w.length() <= 5 && allUpper(w)) f.add(CAPS);
    }

    /** A number of four digits from 1450 to 2039. */
    private static boolean isYear(CiteToken t) {
        String w = t.text();
        if (w.length() != 4 || !t.isNumber()) return false;
        int y = Integer.parseInt(w);
        return y >= 1450 && y <= 2039;
    }

    /** Whether a word (lower case) names a month, in English, German or French, whole or cut short. */
    static boolean isMonth(String lower) {
        return MONTHS.contains(lower);
    }

    /** Whether a word (lower case) is the first word of a frequent place of publication. */
    static boolean isPlaceWord(String lower) {
        return CITY_WORDS.contains(lower);
    }

    /** A word publishers' names hold: "press", "verlag", "books", "routledge". */
    static boolean isPublisherWord(String lower) {
        return PUBLISHERS.contains(lower);
    }

    /** First words of frequent places of publication (lower case): "London", "New" (York), "Frankfurt". */
    private static final Set<String> CITY_WORDS = Set.of(
            "london", "new", "paris", "berlin", "oxford", "cambridge", "moscow", "leipzig", "munich", "münchen",
            "vienna", "wien", "frankfurt", "hamburg", "stuttgart", "göttingen", "heidelberg", "tübingen", "bonn",
            "zürich", "zurich", "basel", "bern", "rome", "roma", "milan", "milano", "florence", "firenze", "madrid",
            "barcelona", "lisbon", "amsterdam", "leiden", "brussels", "bruxelles", "warsaw", "prague", "budapest",
            "chicago", "boston", "philadelphia", "princeton", "haven", "berkeley", "stanford", "baltimore",
            "washington", "toronto", "montreal", "edinburgh", "glasgow", "dublin", "manchester", "stockholm", "oslo",
            "copenhagen", "helsinki", "athens", "lyon", "geneva", "genève", "ithaca", "bloomington", "austin", "los",
            "san", "sydney", "melbourne", "tokyo", "kyoto", "jerusalem", "cairo", "dordrecht", "baden", "köln",
            "cologne", "düsseldorf", "dresden", "weimar", "freiburg", "mainz", "münster", "marburg", "darmstadt",
            "hannover", "bremen", "kiel", "jena", "halle", "mannheim", "würzburg", "regensburg", "bamberg",
            "salzburg", "innsbruck", "graz", "lausanne", "genf", "strasbourg", "toulouse", "bordeaux", "lille",
            "marseille", "rennes", "nancy", "grenoble", "louvain", "leuven", "gent", "utrecht", "groningen",
            "bologna", "padova", "torino", "napoli", "pisa", "venezia", "urbana", "evanston", "minneapolis",
            "madison", "ann", "durham", "abingdon", "farnham", "aldershot", "basingstoke", "houndmills", "malden",
            "hoboken", "westport", "thousand", "boulder", "lanham", "totowa", "englewood", "upper", "columbia",
            "seattle", "honolulu", "singapore", "delhi", "beijing", "shanghai", "hong", "wiesbaden", "opladen",
            "paderborn", "hildesheim", "baden-baden", "neuwied", "bielefeld", "konstanz");

    private static boolean allUpper(String w) {
        for (int i = 0; i < w.length(); i++) if (!Character.isUpperCase(w.charAt(i))) return false;
        return true;
    }

    /** For each token: whether its innermost bracketed group holds a year, a colon. */
    private static void brackets(List<CiteToken> toks, boolean[] year, boolean[] colon) {
        int n = toks.size();
        int[] open = new int[n];
        int depth = 0;
        for (int i = 0; i < n; i++) {
            String w = toks.get(i).text();
            if (w.length() != 1) continue;
            char c = w.charAt(0);
            if (c == '(' || c == '[') {
                if (depth < n) open[depth++] = i;
            } else if ((c == ')' || c == ']') && depth > 0) {
                int from = open[--depth];
                boolean y = false;
                boolean k = false;
                for (int j = from + 1; j < i; j++) {
                    String v = toks.get(j).text();
                    if (v.length() == 4 && toks.get(j).isNumber()) {
                        int yy = Integer.parseInt(v);
                        y |= yy >= 1450 && yy <= 2039;
                    }
                    k |= v.equals(":");
                }
                for (int j = from; j <= i; j++) {
                    if (!year[j] && !colon[j]) {
                        year[j] = y;
                        colon[j] = k;
                    }
                }
            }
        }
    }

    /** The innermost field the rules gave each token ("title.a", "author", "-" for none). */
    private static Value[] hints(List<CiteToken> toks, List<Span> spans) {
        Value[] out = new Value[toks.size()];
        int[] width = new int[toks.size()];
        java.util.Arrays.fill(out, NO_HINT);
        java.util.Arrays.fill(width, Integer.MAX_VALUE);
        if (spans == null) return out;
        for (Span sp : spans) {
            if (sp.element().equals("bibl")) continue;
            String name = sp.element();
            String level = sp.attributes().get("level");
            String unit = sp.attributes().get("unit");
            if (level != null) name += "." + level;
            else if (unit != null) name += "." + unit;
            Value hint = null;
            for (int i = 0; i < toks.size(); i++) {
                CiteToken t = toks.get(i);
                if (t.start() >= sp.start() && t.end() <= sp.end() && sp.end() - sp.start() < width[i]) {
                    if (hint == null) hint = Value.of(name);
                    out[i] = hint;
                    width[i] = sp.end() - sp.start();
                }
            }
        }
        return out;
    }

    private static final Value NO_HINT = Value.of("-");
    private static final Value NONE = Value.of("none");
    private static final Value FEW = Value.of("3-4");
    private static final Value SEVERAL = Value.of("5-8");
    private static final Value MANY = Value.of("9+");

    /** A distance in tokens, in bands: "none", "0", "1", "2", "3-4", "5-8", "9+". */
    private static Value bucket(int d) {
        return d < 0 ? NONE : d <= 2 ? SMALL[d] : d <= 4 ? FEW : d <= 8 ? SEVERAL : MANY;
    }

    /** "Xx", "X", "x", "d", "X.X" style shape with runs collapsed. */
    static String shape(String w) {
        char[] out = new char[6];
        int n = 0;
        char last = 0;
        for (int i = 0; i < w.length() && n < out.length; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) out[n++] = k;
            last = k;
        }
        return new String(out, 0, n);
    }

    /** A word's lower case and shape as feature values, made once for a word met again. */
    private static Word wordValues(String w) {
        int slot = (w.hashCode() * 0x9E3779B9 >>> 17) & ~1;
        Word m = WORD_MEMO[slot];
        if (m != null && m.word.equals(w)) return m;
        Word older = WORD_MEMO[slot + 1];
        if (older != null && older.word.equals(w)) return older;
        Word v = new Word(w, Value.of(w.toLowerCase(Locale.ROOT)), Value.of(shape(w)));
        WORD_MEMO[slot + 1] = m;
        WORD_MEMO[slot] = v;
        return v;
    }

    /**
     * Recent words' values, two to a slot as in {@link #LEX_MEMO} (entries immutable but for their
     * memo, which holds an immutable object or null: safe to share between threads).
     */
    private static final Word[] WORD_MEMO = new Word[1 << 15];

    /**
     * A word's lower case and shape as feature values, and what a sink made of the word alone
     * ({@link Sink#word}), kept here so that a word met again costs one lookup for both.
     */
    static final class Word {
        final String word;
        final Value lower;
        final Value shape;
        /** A sink's own record of the word, immutable (read and written without locks). */
        Object memo;
        /** A sink's own record of the word as a neighbour of others, immutable like {@link #memo}. */
        Object around;

        private Word(String word, Value lower, Value shape) {
            this.word = word;
            this.lower = lower;
            this.shape = shape;
        }
    }

    /** How the lexicon knows a word: unknown, a name, or a common word by frequency band. */
    private static Value lexBucket(String w, String lw) {
        int slot = w.hashCode() & (LEX_MEMO.length - 2);
        LexMemo m = LEX_MEMO[slot];
        if (m != null && m.word.equals(w)) return m.bucket;
        LexMemo older = LEX_MEMO[slot + 1];
        if (older != null && older.word.equals(w)) return older.bucket;
        Value b = lexBucketOf(w, lw);
        LEX_MEMO[slot + 1] = m;
        LEX_MEMO[slot] = new LexMemo(w, b);
        return b;
    }

    /**
     * Recent words and their buckets, two to a slot (the newer first), so that two words of one
     * slot met by turns do not keep pushing each other out; immutable entries, safe to share between
     * threads (a lost entry is only looked up again).
     */
    private static final LexMemo[] LEX_MEMO = new LexMemo[1 << 15];

    private record LexMemo(String word, Value bucket) {
    }

    private static final Value NAME = Value.of("name");
    private static final Value CAPWORD = Value.of("capword");
    private static final Value UNKNOWN = Value.of("unk");
    private static final Value[] ZIPF = {Value.of("z2"), Value.of("z3"), Value.of("z4"), Value.of("z5")};

    private static Value lexBucketOf(String w, String lw) {
        Lexicon en = Lexicon.english();
        double z = en.zipf(lw);   // 0 for a word the lexicon does not know
        if (z == 0) {
            if (en.contains(w)) return en.isProperName(w) ? NAME : CAPWORD;
            return UNKNOWN;
        }
        return ZIPF[z >= 5 ? 3 : z >= 4 ? 2 : z >= 3 ? 1 : 0];
    }
}
