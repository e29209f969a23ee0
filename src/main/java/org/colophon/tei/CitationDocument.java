package org.colophon.tei;

import java.util.List;
import org.colophon.Version;
import org.colophon.citations.CitationParser;
import org.colophon.citations.CslJson;
import org.colophon.text.Inline;

/**
 * A TEI document of citations, one note per input line in input order, each citation in it a
 * structured bibl: what {@code colophon cite} writes.
 */
public final class CitationDocument {
    private final CitationParser parser;

    public CitationDocument(CitationParser parser) {
        this.parser = parser;
    }

    /** One input line: its number in the input, the note number it carries (or null), its text. */
    public record Line(int number, String n, String text) {}

    /**
     * The lines as notes ("c" + line number), their citations as the TEI holds them: bibls with
     * their ids, cross-references (Ibid., op. cit., short titles) pointing at the bibl they repeat.
     * What CSL-JSON is written from.
     */
    public List<CslJson.Note> notes(List<Line> lines) {
        List<CitationLinks.NoteText> texts = texts(lines);
        CitationLinks links = new CitationLinks(texts, "w", parser);
        return texts.stream().map(t -> new CslJson.Note(t.id(), t.reading(), links.of(t.id()))).toList();
    }

    /** One note per line, numbered: a line without a number of its own continues the numbering. */
    private static List<CitationLinks.NoteText> texts(List<Line> lines) {
        int previous = 0;
        List<CitationLinks.NoteText> texts = new java.util.ArrayList<>(lines.size());
        for (Line line : lines) {
            String n = line.n() != null ? line.n() : String.valueOf(previous + 1);
            previous = Integer.parseInt(n);
            texts.add(new CitationLinks.NoteText("c" + line.number(), n, line.text()));
        }
        return texts;
    }

    public String write(String source, List<Line> lines) {
        StringBuilder sb = new StringBuilder(256 + lines.size() * 256);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<TEI xmlns=\"").append(TeiWriter.TEI_NS).append("\" xml:lang=\"en\">\n");
        sb.append("  <teiHeader>\n    <fileDesc>\n      <titleStmt>\n        <title>Citations from ");
        Xml.appendText(sb, TeiWriter.fileName(source));
        sb.append("</title>\n      </titleStmt>\n      <publicationStmt>\n        <p>Parsed by Colophon.</p>\n");
        sb.append("      </publicationStmt>\n      <sourceDesc>\n        <p>One footnote or citation per line of ");
        Xml.appendText(sb, TeiWriter.fileName(source));
        sb.append(".</p>\n      </sourceDesc>\n    </fileDesc>\n    <encodingDesc>\n      <appInfo>\n");
        sb.append("        <application ident=\"Colophon\" version=\"").append(Xml.attr(Version.get()))
                .append("\">\n          <label>Colophon</label>\n        </application>\n      </appInfo>\n    </encodingDesc>\n");
        sb.append("  </teiHeader>\n  <text>\n    <body>\n");
        List<CitationLinks.NoteText> texts = texts(lines);
        CitationLinks links = new CitationLinks(texts, "w", parser);
        int previous = 0;
        for (CitationLinks.NoteText t : texts) {
            String n = t.n();
            int number = Integer.parseInt(n);
            sb.append("      <p><note place=\"foot\"");
            // numbers are kept as given; a break in them (notes of several articles) is marked
            if (previous > 0 && number != previous + 1) sb.append(" type=\"out-of-sequence\"");
            previous = number;
            sb.append(" n=\"").append(Xml.attr(n)).append('"');
            sb.append(" xml:id=\"").append(Xml.attr(t.id())).append("\">");
            SpanMarkup.write(sb, SpanMarkup.lay(List.of(new Inline.Text(t.reading())), links.of(t.id())),
                    item -> Xml.appendText(sb, item.reading()));
            sb.append("</note></p>\n");
        }
        sb.append("    </body>\n");
        links.writeBack(sb);
        sb.append("  </text>\n</TEI>\n");
        return sb.toString();
    }
}
