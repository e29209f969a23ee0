package org.colophon.citations;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives the tokens a style prints between its fields the labels that annotated reference data
 * gives them (AnyStyle's convention, which the real training data follows): punctuation after a
 * field belongs to it, an opening bracket or quotation mark to the field it opens, a cue word to
 * the field it introduces ("pp.", "S.", "Rn.", "vol.", "Nr.", "in:") or closes ("eds.", "Hrsg.",
 * "Aufl."). Anything else between fields (a signal such as "See", commentary) stays "other".
 */
final class Glue {

    private static final Set<String> FORWARD = Set.of("p", "pp", "s", "ss", "page", "pages", "seite", "seiten", "at",
            "rn", "rdnr", "rz", "para", "paras", "n", "nn", "fn", "anm", "note", "notes", "col", "cols", "fol", "fols",
            "hier", "abs", "vol", "vols", "volume", "no", "nos", "nr", "number", "issue", "heft", "h", "bd", "band",
            "jg", "jahrgang", "t", "tome", "n°", "in", "im", "dans", "en", "ed", "eds", "edited", "by", "hrsg", "hg",
            "von", "trans", "transl", "translated", "übers", "chap", "ch", "kap");
    private static final Set<String> BACKWARD = Set.of("ed", "eds", "edd", "editor", "editors", "hrsg", "hg", "hgg",
            "herausgeber", "éd", "éds", "dir", "coord", "org", "orgs", "aufl", "auflage", "edn", "edition", "f", "ff",
            "comp", "comps", "red");
    private static final String OPENERS = "([“\"‘„«";

    private Glue() {
    }

    /** The labels with every unlabelled (null) token given its field or "other". */
    static String[] attach(List<CiteToken> toks, String[] labels) {
        int n = toks.size();
        String[] out = labels.clone();
        for (int i = 0; i < n; i++) {
            if (out[i] != null) continue;
            int j = i;
            while (j < n && labels[j] == null) j++;
            // the gap [i, j): between the field before (i - 1) and the one after (j)
            String before = i > 0 ? out[i - 1] : null;
            String after = j < n ? labels[j] : null;
            int k = i;
            // trailing punctuation and closing cue words of the field before, bracketed or not ("(Hrsg.)")
            while (before != null && k < j && (isClosingPunct(toks.get(k)) || isBackward(toks, k)
                    || bracketedBackward(toks, k, j))) {
                out[k++] = before;
            }
            // opening brackets and cue words of the field after, read back from its start
            int e = j;
            while (after != null && e > k && (isOpening(toks.get(e - 1)) || isForward(toks, e - 1))) out[--e] = after;
            for (int q = k; q < e; q++) out[q] = "other";
            i = j - 1;
        }
        return out;
    }

    private static boolean isClosingPunct(CiteToken t) {
        return !t.isWord() && !t.isNumber() && OPENERS.indexOf(t.text().charAt(0)) < 0;
    }

    private static boolean isOpening(CiteToken t) {
        return OPENERS.indexOf(t.text().charAt(0)) >= 0 || t.text().equals(":") || t.text().equals(".");
    }

    private static boolean isForward(List<CiteToken> toks, int k) {
        return toks.get(k).isWord() && FORWARD.contains(toks.get(k).text().toLowerCase(Locale.ROOT));
    }

    /** An opening bracket whose group, up to its closing bracket before {@code end}, holds closing cue words only. */
    private static boolean bracketedBackward(List<CiteToken> toks, int k, int end) {
        String open = toks.get(k).text();
        if (!open.equals("(") && !open.equals("[")) return false;
        String close = open.equals("(") ? ")" : "]";
        boolean cue = false;
        for (int q = k + 1; q < end; q++) {
            String w = toks.get(q).text();
            if (w.equals(close)) return cue;
            if (isBackward(toks, q)) cue = true;
            else if (!w.equals(".")) return false;
        }
        return false;
    }

    private static boolean isBackward(List<CiteToken> toks, int k) {
        return toks.get(k).isWord() && BACKWARD.contains(toks.get(k).text().toLowerCase(Locale.ROOT));
    }
}
