package org.colophon.citations;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * A first-order linear-chain tagger trained as an averaged structured perceptron (Collins 2002)
 * and decoded with Viterbi: each token's label is scored by the weights of its features, each
 * pair of neighbouring labels by a transition weight. Features are known by the 64-bit hash of
 * their names ({@link CitationFeatures#hash}), so tagging makes no strings. Immutable once built;
 * thread-safe.
 */
final class SequenceModel {

    private final String[] labels;
    private final FeatureTable features;
    /**
     * The weights (slot * L + label, by the feature's slot in {@link #features}: capacity × L, 4 MB
     * for 56,260 features, 16 labels and 131,072 slots) as 16-bit steps of {@code step}: a feature's row is then 32
     * bytes, not 64, so twice as many rows stay in each cache line and in the cache (measured 7–10 %
     * more citations a second, labels unchanged on every evaluation set). A token's weights are
     * summed as integers and scaled once.
     */
    private final short[] steps;
    private final float step;
    private final float[] transitions;   // (previous + 1) * L + label; previous -1 = start
    private final float[] into;          // label * L + previous: the transitions into each label side by side

    private SequenceModel(String[] labels, FeatureTable features, float[] weights, float[] transitions) {
        this.labels = labels;
        this.features = features;
        this.transitions = transitions;
        this.into = into(transitions, labels.length);
        float max = 0;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        this.step = max == 0 ? 1 : max / Short.MAX_VALUE;
        // the weights by the feature's slot in the table, so that a lookup and the row it finds are one step
        int nl = labels.length;
        this.steps = new short[features.capacity() * nl];
        for (int row = 0; row < features.size(); row++) {
            int at = features.slotOf(row) * nl;
            for (int l = 0; l < nl; l++) steps[at + l] = (short) Math.round(weights[row * nl + l] / step);
        }
    }

    /** The transitions into each label side by side: {@code into[l * nl + p] = tr[(p + 1) * nl + l]}. */
    private static float[] into(float[] tr, int nl) {
        float[] into = new float[nl * nl];
        for (int l = 0; l < nl; l++) for (int p = 0; p < nl; p++) into[l * nl + p] = tr[(p + 1) * nl + l];
        return into;
    }

    String[] labels() {
        return labels.clone();
    }

    int featureCount() {
        return features.size();
    }

    String label(int i) {
        return labels[i];
    }

    /** The best label sequence for these tokens (the rules' reading as hints). */
    int[] decode(List<CiteToken> toks, List<Span> hints) {
        int n = toks.size();
        int nl = labels.length;
        if (n == 0) return new int[0];
        Emissions e = new Emissions(n, nl);
        CitationFeatures.extract(toks, hints, e);
        return viterbi(e.emit, n, transitions, into, nl);
    }

    /**
     * Adds up the weights of each token's features: a token's features are looked up together, so
     * that the lookups' cache misses overlap instead of waiting one for another. The features of a
     * word alone ({@link CitationFeatures.Sink#word}) are summed apart and remembered with the word
     * ({@link WordSums}): a word met before costs one lookup instead of a dozen. The sums are of
     * integers, so the order they are made in does not change them.
     */
    private final class Emissions extends CitationFeatures.Hashes {
        final float[] emit;
        private final int nl;
        private int base = -1;
        private long[] hashes = new long[64];
        private int[] rows = new int[64];
        private int k;
        private final int[] sum;
        private CitationFeatures.Word word;

        Emissions(int n, int nl) {
            this.emit = new float[n * nl];
            this.nl = nl;
            this.sum = new int[nl];
        }

        @Override
        void token(int i) {
            finish();
            base = i * nl;
        }

        @Override
        boolean word(CitationFeatures.Word w) {
            if (!(w.memo instanceof WordSums known) || known.model != id) {
                word = w;
                return true;
            }
            int[] sums = known.sums;
            for (int l = 0; l < nl; l++) sum[l] += sums[l];
            return false;
        }

        @Override
        void neighbour(CitationFeatures.Prefix p, int which, CitationFeatures.Word w, CitationFeatures.Value edge) {
            if (w == null) {
                add(p, edge);
                return;
            }
            Around a = w.around instanceof Around known && known.model == id ? known : null;
            if (a == null) w.around = a = around(w);
            int[] v = a.sums[which];
            if (v != null) for (int l = 0; l < nl; l++) sum[l] += v[l];
        }

        /** The weights of a word's features as each of a token's neighbours (null where the model has none). */
        private Around around(CitationFeatures.Word w) {
            int[][] sums = new int[CitationFeatures.NEIGHBOURS.length][];
            for (int k = 0; k < sums.length; k++) {
                int slot = features.get(CitationFeatures.hash(CitationFeatures.NEIGHBOURS[k], w.lower));
                if (slot < 0) continue;
                sums[k] = new int[nl];
                for (int l = 0; l < nl; l++) sums[k][l] = steps[slot * nl + l];
            }
            return new Around(id, sums);
        }

        @Override
        void wordDone() {
            int[] own = new int[nl];
            addUp(own);
            word.memo = new WordSums(id, own);
            for (int l = 0; l < nl; l++) sum[l] += own[l];
        }

        @Override
        void feature(long hash) {
            if (k == hashes.length) {
                hashes = Arrays.copyOf(hashes, 2 * k);
                rows = new int[2 * k];
            }
            hashes[k++] = hash;
        }

        @Override
        void end() {
            finish();
        }

        /** The current token's score for each label, from its sum; the sum starts again. */
        private void finish() {
            if (base < 0) return;
            addUp(sum);
            for (int l = 0; l < nl; l++) {
                emit[base + l] = sum[l] * step;
                sum[l] = 0;
            }
        }

        /** Adds the weights of the features held to {@code into}, and lets them go. */
        private void addUp(int[] into) {
            if (k == 0) return;
            for (int j = 0; j < k; j++) rows[j] = features.get(hashes[j]);
            short[] steps = SequenceModel.this.steps;
            for (int j = 0; j < k; j++) {
                int f = rows[j];
                if (f < 0) continue;
                int w = f * nl;
                for (int l = 0; l < nl; l++) into[l] += steps[w + l];
            }
            k = 0;
        }
    }

    /**
     * The summed weights of the features of a word alone, for one model, kept on the word's values
     * ({@link CitationFeatures.Word#memo}) where the word is remembered anyway: immutable, so that
     * threads may share it (a lost one is only summed again).
     */
    private record WordSums(int model, int[] sums) {
    }

    /** A word's weights as a token's neighbour, by {@link CitationFeatures#NEIGHBOURS}, for one model; immutable. */
    private record Around(int model, int[][] sums) {
    }

    /** This model's number, by which a word's memo tells its sums from another model's (and holds no model). */
    private final int id = IDS.incrementAndGet();
    private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();

    /** The best path through emission scores {@code emit[i * nl + label]} (overwritten, see below). */
    private static int[] viterbi(float[] emit, int n, float[] tr, int nl) {
        return viterbi(emit, n, tr, into(tr, nl), nl);
    }

    /**
     * Viterbi, the scores kept for every token (in {@code emit}, which becomes {@code score}) so
     * that the best previous label is sought only along the path found, when going back: the
     * forward pass is then only the best score into every label, no back pointer for each.
     */
    private static int[] viterbi(float[] emit, int n, float[] tr, float[] into, int nl) {
        float[] score = emit;   // score[i * nl + l]: the best path's score ending in label l at token i
        for (int l = 0; l < nl; l++) score[l] += tr[l];
        float[] best = new float[nl];
        for (int i = 1; i < n; i++) {
            int prev = (i - 1) * nl;
            // previous label by previous label, the inner loop over labels side by side in tr (no
            // dependence from one label to the next)
            for (int l = 0; l < nl; l++) best[l] = score[prev] + tr[nl + l];
            for (int p = 1; p < nl; p++) {
                float s = score[prev + p];
                int row = (p + 1) * nl;
                for (int l = 0; l < nl; l++) best[l] = Math.max(best[l], s + tr[row + l]);
            }
            int eb = i * nl;
            for (int l = 0; l < nl; l++) score[eb + l] += best[l];
        }
        int[] path = new int[n];
        int last = (n - 1) * nl;
        float top = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < nl; l++) {
            if (score[last + l] > top) {
                top = score[last + l];
                path[n - 1] = l;
            }
        }
        for (int i = n - 1; i > 0; i--) path[i - 1] = bestPrevious(score, (i - 1) * nl, into, path[i] * nl, nl);
        return path;
    }

    /** The first previous label with the best score into the label whose row of {@code into} starts at {@code row}. */
    private static int bestPrevious(float[] score, int prev, float[] into, int row, int nl) {
        float best = score[prev] + into[row];
        for (int p = 1; p < nl; p++) {
            float v = score[prev + p] + into[row + p];
            if (v > best) best = v;
        }
        int arg = 0;
        while (arg < nl - 1 && score[prev + arg] + into[row + arg] != best) arg++;
        return arg;
    }

    /** Viterbi over feature ids (training). */
    private static int[] viterbi(int[][] ids, float[] w, float[] tr, int nl) {
        int n = ids.length;
        if (n == 0) return new int[0];
        float[] emit = new float[n * nl];
        for (int i = 0; i < n; i++) {
            int eb = i * nl;
            for (int f : ids[i]) {
                int base = f * nl;
                for (int l = 0; l < nl; l++) emit[eb + l] += w[base + l];
            }
        }
        return viterbi(emit, n, tr, nl);
    }

    /** One training sequence: the hashes of each token's features and the gold label of each. */
    record Example(long[][] features, String[] gold) {

        /** Hashes the features of the tokens (as the tagger will). */
        static Example of(List<CiteToken> toks, List<Span> hints, String[] gold) {
            Collect c = new Collect(toks.size());
            CitationFeatures.extract(toks, hints, c);
            return new Example(c.x, gold);
        }
    }

    private static final class Collect extends CitationFeatures.Hashes {
        final long[][] x;
        private long[] buf = new long[64];
        private int i = -1;
        private int k;

        Collect(int n) {
            x = new long[n][];
        }

        @Override
        void token(int t) {
            end();
            k = 0;
            i = t;
        }

        @Override
        void end() {
            if (i >= 0) x[i] = Arrays.copyOf(buf, k);
        }

        @Override
        void feature(long hash) {
            if (k == buf.length) buf = Arrays.copyOf(buf, 2 * k);
            buf[k++] = hash;
        }
    }

    /**
     * A feature is kept when its averaged weights for two labels differ by this much: a feature
     * whose weights are nearly alike for every label barely moves the best path, whatever their
     * size. At 8 the model keeps 56,260 of 126,486 features; the field F1 of every evaluation set
     * stayed within one field of the whole model's (references 0.901, GROBID 0.924 → 0.936, held-out
     * 0.917 → 0.916), while the weights fetched per token, which miss the cache, fell by more than
     * half. At 16 (19,884 features) the references lost seven fields.
     */
    static final float SPREAD = 8f;

    /** Trains on examples for {@code epochs} passes in a fixed pseudo-random order (deterministic). */
    static SequenceModel train(List<Example> data, int epochs, long seed) {
        TreeMap<String, Integer> labelIndex = new TreeMap<>();
        for (Example e : data) for (String g : e.gold()) labelIndex.putIfAbsent(g, 0);
        String[] labels = labelIndex.keySet().toArray(String[]::new);
        for (int i = 0; i < labels.length; i++) labelIndex.put(labels[i], i);
        int nl = labels.length;
        Map<Long, Integer> index = new HashMap<>();
        List<int[][]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (Example e : data) {
            int[][] x = new int[e.features().length][];
            for (int i = 0; i < x.length; i++) {
                long[] fs = e.features()[i];
                x[i] = new int[fs.length];
                for (int k = 0; k < fs.length; k++) {
                    Integer id = index.get(fs[k]);
                    if (id == null) {
                        id = index.size();
                        index.put(fs[k], id);
                    }
                    x[i][k] = id;
                }
            }
            int[] y = new int[e.gold().length];
            for (int i = 0; i < y.length; i++) y[i] = labelIndex.get(e.gold()[i]);
            xs.add(x);
            ys.add(y);
        }
        int nf = index.size();
        float[] w = new float[nf * nl];
        float[] u = new float[nf * nl];      // sum of c * update, for averaging
        float[] tr = new float[(nl + 1) * nl];
        float[] tu = new float[(nl + 1) * nl];
        int c = 1;
        Integer[] order = new Integer[xs.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random rnd = new Random(seed);
        for (int ep = 0; ep < epochs; ep++) {
            List<Integer> shuffled = new ArrayList<>(Arrays.asList(order));
            java.util.Collections.shuffle(shuffled, rnd);
            for (int k : shuffled) {
                int[][] x = xs.get(k);
                int[] y = ys.get(k);
                int[] p = viterbi(x, w, tr, nl);
                if (!Arrays.equals(p, y)) {
                    for (int i = 0; i < y.length; i++) {
                        if (p[i] != y[i]) {
                            for (int f : x[i]) {
                                w[f * nl + y[i]] += 1;
                                u[f * nl + y[i]] += c;
                                w[f * nl + p[i]] -= 1;
                                u[f * nl + p[i]] -= c;
                            }
                        }
                        int gy = ((i == 0 ? -1 : y[i - 1]) + 1) * nl + y[i];
                        int gp = ((i == 0 ? -1 : p[i - 1]) + 1) * nl + p[i];
                        if (gy != gp) {
                            tr[gy] += 1;
                            tu[gy] += c;
                            tr[gp] -= 1;
                            tu[gp] -= c;
                        }
                    }
                }
                c++;
            }
        }
        for (int i = 0; i < w.length; i++) w[i] -= u[i] / c;
        for (int i = 0; i < tr.length; i++) tr[i] -= tu[i] / c;
        // keep the features whose weights matter, in the order of their hashes (stable files)
        long[] names = new long[nf];
        index.forEach((k, v) -> names[v] = k);
        TreeMap<Long, float[]> kept = new TreeMap<>();
        for (int f = 0; f < nf; f++) {
            float[] row = Arrays.copyOfRange(w, f * nl, f * nl + nl);
            if (spread(row) >= SPREAD) kept.put(names[f], row);
        }
        return build(labels, kept, tr);
    }

    /** The largest weight of a row less its smallest. */
    static float spread(float[] row) {
        float lo = row[0];
        float hi = row[0];
        for (float x : row) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return hi - lo;
    }

    private static SequenceModel build(String[] labels, TreeMap<Long, float[]> rows, float[] tr) {
        int nl = labels.length;
        FeatureTable table = new FeatureTable(rows.size());
        float[] packed = new float[rows.size() * nl];
        int i = 0;
        for (Map.Entry<Long, float[]> e : rows.entrySet()) {
            table.put(e.getKey(), i);
            System.arraycopy(e.getValue(), 0, packed, i * nl, nl);
            i++;
        }
        return new SequenceModel(labels, table, packed, tr);
    }

    private static final String MAGIC = "colophon-citation-tagger/2";   // features by hash

    /** Writes the model, binary (labels, transitions, then each feature's hash and weights, to the step kept, in hash order: stable files). */
    void write(java.io.DataOutputStream out) throws IOException {
        int nl = labels.length;
        out.writeUTF(MAGIC);
        out.writeInt(nl);
        for (String l : labels) out.writeUTF(l);
        for (float t : transitions) out.writeFloat(t);
        long[] keys = features.keys();
        Arrays.sort(keys);
        out.writeInt(keys.length);
        for (long k : keys) {
            out.writeLong(k);
            int base = features.get(k) * nl;
            for (int l = 0; l < nl; l++) out.writeFloat(steps[base + l] * step);
        }
    }

    /** Reads a model written by {@link #write}, gzipped. */
    static SequenceModel read(InputStream gz) throws IOException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                new GZIPInputStream(gz, 1 << 16), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF())) throw new IOException("not a Colophon citation model");
            int nl = in.readInt();
            String[] labels = new String[nl];
            for (int l = 0; l < nl; l++) labels[l] = in.readUTF().intern();   // the rules compare labels with literals: equal strings are then one
            float[] tr = new float[(nl + 1) * nl];
            for (int i = 0; i < tr.length; i++) tr[i] = in.readFloat();
            int nf = in.readInt();
            FeatureTable feats = new FeatureTable(nf);
            float[] w = new float[nf * nl];
            for (int f = 0; f < nf; f++) {
                feats.put(in.readLong(), f);
                for (int l = 0; l < nl; l++) w[f * nl + l] = in.readFloat();
            }
            return new SequenceModel(labels, feats, w, tr);
        }
    }

    /**
     * Feature hash → slot: open addressing with linear probing over an int per slot, the hash's
     * upper 32 bits as a fingerprint (0 = empty; a fingerprint 0 is kept as 1), half a megabyte, small
     * enough to stay in the cache (the full hashes, for writing the model, lie apart and are never read
     * in tagging); the model keeps its weights by slot, so a feature found costs one more step into
     * memory and one not found none. The slot comes from the hash's lower 32 bits, the fingerprint
     * is the upper 32, so an unknown feature is taken for a known one with odds of about one in
     * 10^9 per lookup.
     */
    static final class FeatureTable {
        private final int[] fingerprints;   // slot → the hash's upper 32 bits (0 taken as 1); 0 = empty
        private final int[] slotOfRow;      // row → its slot
        private final long[] keys;          // slot → full hash (for writing the model)
        private final int mask;
        private int size;

        FeatureTable(int expected) {
            int cap = Integer.highestOneBit(Math.max(4, expected + expected / 2 + 1) - 1) << 1;
            fingerprints = new int[cap];
            keys = new long[cap];
            slotOfRow = new int[Math.max(expected, 1)];
            mask = cap - 1;
        }

        /** How many slots there are: the rows of a table of weights by slot. */
        int capacity() {
            return mask + 1;
        }

        /** The home slot, from the hash's lower 32 bits only (the fingerprint is the upper 32). */
        private static int slot(long h) {
            int x = (int) h;
            x ^= x >>> 16;
            x *= 0x7feb352d;
            x ^= x >>> 15;
            return x;
        }

        private static int fingerprint(long key) {
            int fp = (int) (key >>> 32);
            return fp == 0 ? 1 : fp;
        }

        void put(long key, int row) {
            // two features alike in fingerprint and met on one probe path could not be told apart
            if (get(key) >= 0) throw new IllegalArgumentException("features not told apart: " + Long.toHexString(key));
            int i = slot(key) & mask;
            while (fingerprints[i] != 0) i = (i + 1) & mask;
            fingerprints[i] = fingerprint(key);
            keys[i] = key;
            slotOfRow[row] = i;
            size++;
        }

        /** The slot of {@code key}, or -1. */
        int get(long key) {
            int fp = fingerprint(key);
            int i = slot(key) & mask;
            while (true) {
                int e = fingerprints[i];
                if (e == 0) return -1;
                if (e == fp) return i;
                i = (i + 1) & mask;
            }
        }

        /** The slot the feature of a row was put in. */
        int slotOf(int row) {
            return slotOfRow[row];
        }

        int size() {
            return size;
        }

        long[] keys() {
            long[] out = new long[size];
            int n = 0;
            for (int i = 0; i <= mask; i++) if (fingerprints[i] != 0) out[n++] = keys[i];
            return out;
        }
    }
}
