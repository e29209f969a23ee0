package org.colophon.pdf;

import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Prints the lines a PDF's pages are grouped into (a diagnostic: java ... LineDump FILE.pdf). */
public final class LineDump {
    public static void main(String[] args) throws Exception {
        try (PDDocument d = Loader.loadPDF(new File(args[0]))) {
            new GlyphReader((n, box, glyphs) -> {
                System.out.println("== page " + n + " body " + BodySize.of(glyphs));
                for (TextLine l : new LineGrouper().group(glyphs)) {
                    StringBuilder sb = new StringBuilder();
                    float[] prevEnd = {0};
                    for (Word w : l.words()) {
                        if (w.spaceBefore()) sb.append(sb.length() > 0 ? "·" + Math.round(w.x0() - prevEnd[0]) + " " : "");
                        prevEnd[0] = w.x1();
                        sb.append(w.raised() ? "{^" + w.text() + "}" : w.text());
                    }
                    System.out.printf("%6.1f %5.1f %6.1f-%6.1f %s %s%s%n", l.baseline(), l.size(), l.x0(), l.x1(),
                            l.column().name().charAt(0), (l.bold() ? "B " : "") + (l.words().get(0).italic() ? "I " : ""), sb);
                }
            }).read(d, 1, d.getNumberOfPages());
        }
    }
}
