package org.colophon.pdf;

import java.nio.file.Path;

/**
 * Writes a long book PDF for the bench and the memory figure (a diagnostic, not a test):
 * {@code java ... org.colophon.pdf.LongPdf OUT.pdf PAGES}. Each page has a running head and
 * folio, forty lines of body text at 10 pt with three calls, and their three notes at 8 pt.
 */
public final class LongPdf {
    private static final String[] WORDS = ("the treaty was signed in the spring and the army moved east across the river while "
            + "letters from the capital reached the generals late and often contradicted one another about supplies").split(" ");

    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(args[1]);
        try (PdfPages p = new PdfPages()) {
            int w = 0;
            for (int page = 1; page <= pages; page++) {
                p.page();
                p.at(72, 750).text("A Long Book for Measuring", 10).skip(280).text(Integer.toString(page), 10);
                float y = 720;
                for (int line = 0; line < 40; line++, y -= 12) {
                    StringBuilder sb = new StringBuilder();
                    while (sb.length() < 70) sb.append(WORDS[w++ % WORDS.length]).append(' ');
                    p.at(72, y).text(sb.toString().strip(), 10);
                    if (line % 12 == 5) p.raised(Integer.toString(line / 12 + 1), 6, 4);
                }
                for (int n = 1; n <= 3; n++) {
                    p.at(72, 140 - 12 * n).raised(Integer.toString(n), 5, 3).text("Ibid., " + (page * 3 + n) + "; see also the letters of the spring.", 8);
                }
            }
            p.save(Path.of(args[0]));
        }
    }
}
