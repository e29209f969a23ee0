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
 * pair of neighbouring labels by a transition weight. Immutable once built; thread-safe.
 */
final class SequenceModel {

    private final String[] labels;
    private final Map<String, Integer> features;
    private final float[] weights;       // feature * L + label
    private final float[] transitions;   // (previous + 1) * L + label; previous -1 = start

    private SequenceModel(String[] labels, Map<String, Integer> features, float[] weights, float[] transitions) {
        this.labels = labels;
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
    }

    String[] labels() {
        return labels.clone();
    }

    int featureCount() {
        return features.size();
    }

    /** The best label sequence for tokens with these features. */
    int[] decode(List<String[]> feats) {
        int[][] ids = new int[feats.size()][];
        for (int i = 0; i < ids.length; i++) ids[i] = ids(feats.get(i), features, false);
        return viterbi(ids, weights, transitions, labels.length);
    }

    String label(int i) {
        return labels[i];
    }

    private static int[] ids(String[] fs, Map<String, Integer> index, boolean grow) {
        int[] out = new int[fs.length];
        int k = 0;
        for (String f : fs) {
            Integer id = index.get(f);
            if (id == null && grow) {
                id = index.size();
                index.put(f, id);
            }
            if (id != null) out[k++] = id;
        }
        return Arrays.copyOf(out, k);
    }

    private static int[] viterbi(int[][] ids, float[] w, float[] tr, int nl) {
        int n = ids.length;
        if (n == 0) return new int[0];
        float[][] score = new float[n][nl];
        int[][] back = new int[n][nl];
        for (int i = 0; i < n; i++) {
            float[] emit = new float[nl];
            for (int f : ids[i]) {
                int base = f * nl;
                for (int l = 0; l < nl; l++) emit[l] += w[base + l];
            }
            for (int l = 0; l < nl; l++) {
                if (i == 0) {
                    score[0][l] = emit[l] + tr[l];
                    continue;
                }
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < nl; p++) {
                    float s = score[i - 1][p] + tr[(p + 1) * nl + l];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i][l] = best + emit[l];
                back[i][l] = arg;
            }
        }
        int[] path = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < nl; l++) {
            if (score[n - 1][l] > best) {
                best = score[n - 1][l];
                path[n - 1] = l;
            }
        }
        for (int i = n - 1; i > 0; i--) path[i - 1] = back[i][path[i]];
        return path;
    }

    /** One training sequence: features per token and the gold label of each. */
    record Example(List<String[]> features, String[] gold) {
    }

    /** Trains on examples for {@code epochs} passes in a fixed pseudo-random order (deterministic). */
    static SequenceModel train(List<Example> data, int epochs, long seed) {
        TreeMap<String, Integer> labelIndex = new TreeMap<>();
        for (Example e : data) for (String g : e.gold()) labelIndex.putIfAbsent(g, 0);
        String[] labels = labelIndex.keySet().toArray(String[]::new);
        for (int i = 0; i < labels.length; i++) labelIndex.put(labels[i], i);
        int nl = labels.length;
        Map<String, Integer> index = new HashMap<>();
        List<int[][]> xs = new ArrayList<>();
        List<int[]> ys = new ArrayList<>();
        for (Example e : data) {
            int[][] x = new int[e.features().size()][];
            for (int i = 0; i < x.length; i++) x[i] = ids(e.features().get(i), index, true);
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
        // keep the features whose weights matter
        Map<String, Integer> kept = new HashMap<>();
        List<float[]> rows = new ArrayList<>();
        String[] names = new String[nf];
        index.forEach((k, v) -> names[v] = k);
        for (int f = 0; f < nf; f++) {
            float[] row = Arrays.copyOfRange(w, f * nl, f * nl + nl);
            boolean any = false;
            for (float x : row) any |= Math.abs(x) >= 1e-3f;
            if (!any) continue;
            kept.put(names[f], rows.size());
            rows.add(row);
        }
        float[] packed = new float[rows.size() * nl];
        for (int i = 0; i < rows.size(); i++) System.arraycopy(rows.get(i), 0, packed, i * nl, nl);
        return new SequenceModel(labels, kept, packed, tr);
    }

    private static final String MAGIC = "colophon-citation-tagger/1";

    /** Writes the model, binary (labels, transitions, then each feature in sorted order: stable files). */
    void write(java.io.DataOutputStream out) throws IOException {
        int nl = labels.length;
        out.writeUTF(MAGIC);
        out.writeInt(nl);
        for (String l : labels) out.writeUTF(l);
        for (float t : transitions) out.writeFloat(t);
        TreeMap<String, Integer> sorted = new TreeMap<>(features);
        out.writeInt(sorted.size());
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            out.writeUTF(e.getKey());
            int base = e.getValue() * nl;
            for (int l = 0; l < nl; l++) out.writeFloat(weights[base + l]);
        }
    }

    /** Reads a model written by {@link #write}, gzipped. */
    static SequenceModel read(InputStream gz) throws IOException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(
                new GZIPInputStream(gz, 1 << 16), 1 << 16))) {
            if (!MAGIC.equals(in.readUTF())) throw new IOException("not a Colophon citation model");
            int nl = in.readInt();
            String[] labels = new String[nl];
            for (int l = 0; l < nl; l++) labels[l] = in.readUTF();
            float[] tr = new float[(nl + 1) * nl];
            for (int i = 0; i < tr.length; i++) tr[i] = in.readFloat();
            int nf = in.readInt();
            Map<String, Integer> feats = new HashMap<>(nf * 2);
            float[] w = new float[nf * nl];
            for (int f = 0; f < nf; f++) {
                feats.put(in.readUTF(), f);
                for (int l = 0; l < nl; l++) w[f * nl + l] = in.readFloat();
            }
            return new SequenceModel(labels, feats, w, tr);
        }
    }

}
