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
            "izdatel'stvo", "nauka", "editore", "editorial", "libraire", "librairie", "druck");
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
     * feature is named by a prefix and up to two values; its hash is that of the whole name.
     */
    abstract static class Sink {
        /** The features that follow are those of token {@code i}. */
        abstract void token(int i);

        /** The last token's features are done (not called when there are no tokens). */
        void end() {
        }

        /** The feature {@code name}. */
        abstract void add(String name);

        /** The feature {@code prefix + value}. */
        abstract void add(String prefix, String value);

        /** The feature {@code prefix + value.substring(from, to)}. */
        abstract void add(String prefix, String value, int from, int to);

        /** The feature {@code prefix + a + sep + b}. */
        abstract void add(String prefix, String a, char sep, String b);
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
        void add(String name) {
            cur.add(name);
        }

        @Override
        void add(String prefix, String value) {
            cur.add(prefix + value);
        }

        @Override
        void add(String prefix, String value, int from, int to) {
            cur.add(prefix + value.substring(from, to));
        }

        @Override
        void add(String prefix, String a, char sep, String b) {
            cur.add(prefix + a + sep + b);
        }
    }

    /** Hands on the 64-bit hash of each feature's name, computed from its parts (no string is made). */
    abstract static class Hashes extends Sink {
        /** One feature, by the hash of its name ({@link #hash(String)}). */
        abstract void feature(long hash);

        @Override
        final void add(String name) {
            feature(hash(name));
        }

        @Override
        final void add(String prefix, String value) {
            feature(finish(extend(extend(SEED, prefix, 0, prefix.length()), value, 0, value.length())));
        }

        @Override
        final void add(String prefix, String value, int from, int to) {
            feature(finish(extend(extend(SEED, prefix, 0, prefix.length()), value, from, to)));
        }

        @Override
        final void add(String prefix, String a, char sep, String b) {
            long h = extend(extend(SEED, prefix, 0, prefix.length()), a, 0, a.length());
            h = (h ^ sep) * PRIME;
            feature(finish(extend(h, b, 0, b.length())));
        }
    }

    // FNV-1a over the name's chars, then MurmurHash3's 64-bit finaliser to spread every bit
    private static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** The hash of a feature's name, as {@link Hashes} computes it from the name's parts. */
    static long hash(String name) {
        return finish(extend(SEED, name, 0, name.length()));
    }

    private static long extend(long h, String s, int from, int to) {
        for (int i = from; i < to; i++) h = (h ^ s.charAt(i)) * PRIME;
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

    private static final String[] SMALL = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};

    /** Hands the features of every token, in token order, to {@code f}. */
    static void extract(List<CiteToken> toks, List<Span> hints, Sink f) {
        int n = toks.size();
        String[] hint = hints(toks, hints);
        String[] lower = new String[n];
        String[] shape = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = toks.get(i).text().toLowerCase(Locale.ROOT);
            shape[i] = shape(toks.get(i).text());
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
            if (lower[i].equals(".")) nextStop = i;
        }
        String lastPunct = "<s>";
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
            String lw = lower[i];
            f.token(i);
            f.add("b");
            f.add("w=", lw);
            f.add("s=", shape[i]);
            if (lw.length() > 3) {
                f.add("suf=", lw, lw.length() - 3, lw.length());
                f.add("pre=", lw, 0, 3);
            }
            f.add("w-1=", i > 0 ? lower[i - 1] : "<s>");
            f.add("w+1=", i + 1 < n ? lower[i + 1] : "</s>");
            f.add("w-2=", i > 1 ? lower[i - 2] : "<s>");
            f.add("w+2=", i + 2 < n ? lower[i + 2] : "</s>");
            f.add("s-1=", i > 0 ? shape[i - 1] : "<s>");
            f.add("s+1=", i + 1 < n ? shape[i + 1] : "</s>");
            f.add("s-1s=", i > 0 ? shape[i - 1] : "<s>", '|', shape[i]);
            f.add("ss+1=", shape[i], '|', i + 1 < n ? shape[i + 1] : "</s>");
            f.add("pos=", SMALL[n <= 1 ? 0 : (10 * i) / n]);
            if (i == 0) f.add("first");
            if (i == n - 1) f.add("last");
            if (t.isWord()) {
                f.add("lex=", lexBucket(w, lw));
                if (w.length() == 1 && Character.isUpperCase(w.charAt(0)) && i + 1 < n && lower[i + 1].equals(".")) {
                    f.add("initial");
                }
            }
            boolean year = false;
            if (t.isNumber()) {
                f.add("digits=", SMALL[Math.min(w.length(), 5)]);
                if (w.length() == 4) {
                    int y = Integer.parseInt(w);
                    if (y >= 1450 && y <= 2039) {
                        f.add("year");
                        year = true;
                    }
                }
            }
            int kinds = KINDS.getOrDefault(lw, 0);
            if (kinds != 0) {
                if ((kinds & MONTH) != 0) f.add("month");
                if ((kinds & ROLE) != 0) f.add("role");
                if ((kinds & PUBWORD) != 0) f.add("pubword");
                if ((kinds & PAGEWORD) != 0) f.add("pageword");
                if ((kinds & VOLWORD) != 0) f.add("volword");
                if ((kinds & CONN) != 0) f.add("conn");
                if ((kinds & LAWJ) != 0 && t.isWord() && Character.isUpperCase(w.charAt(0))) f.add("lawj");
                if ((kinds & CUE) != 0) f.add("cue");
            }
            if (lw.equals("v") || lw.equals("vs") || lw.equals("v.")) f.add("versus");
            if (brackets > 0) f.add("square");
            if (lw.startsWith("http") || lw.equals("www") || lw.equals("doi") || lw.equals("url")) f.add("web");
            // structure so far
            f.add("q=", inQuote ? "true" : "false");
            if (paren > 0) f.add("paren");
            f.add("stops=", SMALL[Math.min(stops, 5)]);
            f.add("commas=", SMALL[Math.min(commas, 6)]);
            f.add("sc=", SMALL[Math.min(stops, 4)], ',', SMALL[Math.min(commas, 4)]);
            f.add("r=", hint[i]);
            f.add("r|s=", hint[i], '|', shape[i]);
            f.add("r-1=", i > 0 ? hint[i - 1] : "<s>", '|', hint[i]);
            f.add("tonum=", bucket(toNum[i]));
            f.add("tostop=", bucket(toStop[i]));
            f.add("since=", bucket(sinceStop));
            f.add("lp=", lastPunct);
            f.add("lp|s=", lastPunct, '|', shape[i]);
            if (yearSeen) f.add("afterYear");
            if (colonSeen) f.add("afterColon");
            if (inSeen) f.add("afterIn");
            if (groupYear[i]) f.add("grpYear");
            if (groupColon[i]) f.add("grpColon");
            if (quoteClosed) f.add("afterQuote");
            if (CITY_WORDS.contains(lw)) f.add("city");
            if (t.isWord() && w.length() >= 2 && w.length() <= 5 && allUpper(w)) f.add("caps");
            // update state after the token
            char c = w.charAt(0);
            sinceStop++;
            if (!t.isWord() && !t.isNumber()) lastPunct = w;
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
    private static String[] hints(List<CiteToken> toks, List<Span> spans) {
        String[] out = new String[toks.size()];
        int[] width = new int[toks.size()];
        java.util.Arrays.fill(out, "-");
        java.util.Arrays.fill(width, Integer.MAX_VALUE);
        if (spans == null) return out;
        for (Span sp : spans) {
            if (sp.element().equals("bibl")) continue;
            String name = sp.element();
            String level = sp.attributes().get("level");
            String unit = sp.attributes().get("unit");
            if (level != null) name += "." + level;
            else if (unit != null) name += "." + unit;
            for (int i = 0; i < toks.size(); i++) {
                CiteToken t = toks.get(i);
                if (t.start() >= sp.start() && t.end() <= sp.end() && sp.end() - sp.start() < width[i]) {
                    out[i] = name;
                    width[i] = sp.end() - sp.start();
                }
            }
        }
        return out;
    }

    private static String bucket(int d) {
        return d < 0 ? "none" : d <= 2 ? Integer.toString(d) : d <= 4 ? "3-4" : d <= 8 ? "5-8" : "9+";
    }

    /** "Xx", "X", "x", "d", "X.X" style shape with runs collapsed. */
    static String shape(String w) {
        StringBuilder sb = new StringBuilder(6);
        char last = 0;
        for (int i = 0; i < w.length() && sb.length() < 6; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last) sb.append(k);
            last = k;
        }
        return sb.toString();
    }

    /** How the lexicon knows a word: unknown, a name, or a common word by frequency band. */
    private static String lexBucket(String w, String lw) {
        int slot = w.hashCode() & (LEX_MEMO.length - 1);
        LexMemo m = LEX_MEMO[slot];
        if (m != null && m.word.equals(w)) return m.bucket;
        String b = lexBucketOf(w, lw);
        LEX_MEMO[slot] = new LexMemo(w, b);
        return b;
    }

    /** Recent words and their buckets, one per slot (immutable entries: safe to share between threads). */
    private static final LexMemo[] LEX_MEMO = new LexMemo[16384];

    private record LexMemo(String word, String bucket) {
    }

    private static String lexBucketOf(String w, String lw) {
        Lexicon en = Lexicon.english();
        double z = en.zipf(lw);   // 0 for a word the lexicon does not know
        if (z == 0) {
            if (en.contains(w)) return en.isProperName(w) ? "name" : "capword";
            return "unk";
        }
        return z >= 5 ? "z5" : z >= 4 ? "z4" : z >= 3 ? "z3" : "z2";
    }
}
