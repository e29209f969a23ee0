package org.colophon.citations;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Trains the citation tagger's model from annotated citations and writes it where the parser
 * loads it from. Run by {@code tools/train-citations.sh}; deterministic, so the committed model
 * can be rebuilt byte for byte.
 *
 * <pre>java -cp target/colophon.jar org.colophon.citations.CitationTraining OUT.gz TRAIN.xml...</pre>
 */
public final class CitationTraining {

    static final int EPOCHS = Integer.getInteger("colophon.citations.epochs", 15);
    static final boolean AUGMENT = !Boolean.getBoolean("colophon.citations.noAugment");
    static final long SEED = 20261126L;

    private CitationTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 1 && args[0].equals("--show")) {   // prints each token's label, for studying errors
            for (int i = 1; i < args.length; i++) {
                String text = args[i];
                List<CiteToken> toks = CiteToken.of(text, 0, text.length());
                List<Span> hints = CitationParser.byRules(text);
                String[] labels = FieldTagger.labels(toks, hints);
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < toks.size(); k++) sb.append(toks.get(k).text()).append('/').append(labels[k]).append(' ');
                System.out.println(sb.toString().strip());
                System.out.println(FieldTagger.spans(text, 0, text.length(), hints).stream()
                        .map(sp -> sp.element() + sp.attributes() + "[" + text.substring(sp.start(), sp.end()) + "]")
                        .collect(java.util.stream.Collectors.joining(" ")));
            }
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: CitationTraining OUT.model.gz TRAIN.xml... (AnyStyle sequences or generated notes)");
            System.exit(2);
        }
        List<SequenceModel.Example> data = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            int seed = 0;
            boolean generated = TrainingData.generated(Path.of(args[i]));
            for (TrainingData.Labelled l : TrainingData.read(Path.of(args[i]))) {
                data.add(TrainingData.example(l));
                if (AUGMENT && !generated) {
                    for (TrainingData.Labelled v : NoteStyles.variants(l, seed++)) data.add(TrainingData.example(v));
                }
            }
        }
        long t0 = System.nanoTime();
        SequenceModel model = SequenceModel.train(data, EPOCHS, SEED);
        System.err.printf("trained on %d citations, %d features kept, %.1f s%n", data.size(), model.featureCount(),
                (System.nanoTime() - t0) / 1e9);
        Path out = Path.of(args[0]);
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".model", ".tmp");
        try (java.io.DataOutputStream w = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                new GZIPOutputStream(Files.newOutputStream(tmp)) {
                    {
                        def.setLevel(9);
                    }
                }))) {
            model.write(w);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
