package org.colophon.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.colophon.citations.Span;
import org.colophon.text.Inline;
import org.junit.jupiter.api.Test;

class SpanMarkupTest {

    private static String render(List<SpanMarkup.Event> events) {
        StringBuilder sb = new StringBuilder();
        for (SpanMarkup.Event e : events) {
            if (e instanceof SpanMarkup.Open o) sb.append('<').append(o.element()).append('>');
            else if (e instanceof SpanMarkup.Close c) sb.append("</").append(c.element()).append('>');
            else if (e instanceof SpanMarkup.Item i) {
                Inline in = i.inline();
                if (in instanceof Inline.Text t) sb.append(t.text());
                else if (in instanceof Inline.LineBreak) sb.append("|");
                else if (in instanceof Inline.Choice ch) sb.append('[').append(ch.regular()).append(']');
            }
        }
        return sb.toString();
    }

    @Test
    void textIsSplitAtSpanEdges() {
        List<Inline> items = List.of(new Inline.Text("Smith, Title, 1990."));
        List<Span> spans = List.of(new Span(0, 19, "bibl", Map.of()), new Span(0, 5, "author", Map.of()),
                new Span(14, 18, "date", Map.of("when", "1990")));
        assertEquals("<bibl><author>Smith</author>, Title, <date>1990</date>.</bibl>", render(SpanMarkup.lay(items, spans)));
    }

    @Test
    void anEdgeInsideAChoiceMovesOutwardToEncloseIt() {
        Inline choice = new Inline.Choice(Inline.Choice.Kind.CORRECTION, List.of(new Inline.Text("Eort")), "Effort", false);
        List<Inline> items = List.of(new Inline.Text("The "), choice, new Inline.Text(" of war"));
        // reading text: "The Effort of war"; the title starts inside "Effort"
        List<Span> spans = List.of(new Span(6, 17, "title", Map.of()));
        assertEquals("The <title>[Effort] of war</title>", render(SpanMarkup.lay(items, spans)));
    }

    @Test
    void aLineBreakInsideASpanStaysInside() {
        List<Inline> items = List.of(new Inline.Text("Five-Year"), new Inline.LineBreak(false, false), new Inline.Text("Plan."));
        List<Span> spans = List.of(new Span(0, 14, "title", Map.of()));
        assertEquals("<title>Five-Year|Plan</title>.", render(SpanMarkup.lay(items, spans)));
    }

    @Test
    void crossingSpansAreDroppedNotNestedWrongly() {
        List<Inline> items = List.of(new Inline.Text("abcdefghij"));
        List<Span> spans = List.of(new Span(0, 6, "title", Map.of()), new Span(4, 10, "date", Map.of()));
        assertEquals("<title>abcdef</title>ghij", render(SpanMarkup.lay(items, spans)));
    }

    /** An idno holds text alone: a web address broken over two lines is left unmarked, its line break kept. */
    @Test
    void anIdnoOverALineBreakIsLeftOut() {
        List<Inline> items = List.of(new Inline.Text("see http://"), new Inline.LineBreak(true, false), new Inline.Text("example.org, for"));
        // reading text: "see http://example.org, for" (the break is in a word: no space)
        List<Span> spans = List.of(new Span(4, 22, "idno", Map.of("type", "URL")));
        assertEquals("see http://|example.org, for", render(SpanMarkup.lay(items, spans)));
        List<Inline> one = List.of(new Inline.Text("see http://example.org, for"));
        assertEquals("see <idno>http://example.org</idno>, for", render(SpanMarkup.lay(one, spans)));
    }
}
