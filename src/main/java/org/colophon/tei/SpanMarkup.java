package org.colophon.tei;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.colophon.citations.Span;
import org.colophon.text.Inline;

/**
 * Lays element spans found on the reading text of some content (citations in a note) over
 * its inline items: text is split at span edges; a line break or an editorial choice is never
 * split, so an edge that falls inside one moves outward to enclose it.
 */
final class SpanMarkup {

    /** An inline item, or the opening or closing of a span, in document order. */
    sealed interface Event permits Item, Open, Close {}

    record Item(Inline inline) implements Event {}

    record Open(String element, Map<String, String> attributes) implements Event {}

    record Close(String element) implements Event {}

    private SpanMarkup() {}

    /** Elements that hold text alone: a web address broken over two lines ("http://⏎example.org") stays unmarked. */
    private static final Set<String> TEXT_ONLY = Set.of("idno");

    /** Whether the pieces {@code [from, to)} are all text (no line break, no choice). */
    private static boolean textAlone(List<Inline> pieces, int from, int to) {
        for (int p = from; p < to; p++) if (!(pieces.get(p) instanceof Inline.Text)) return false;
        return true;
    }

    /** Writes laid-out spans as XML elements (attributes sorted), handing each inline item to {@code item}. */
    static void write(StringBuilder sb, List<Event> events, java.util.function.Consumer<Inline> item) {
        for (Event e : events) {
            if (e instanceof Item i) {
                item.accept(i.inline());
            } else if (e instanceof Open open) {
                sb.append('<').append(open.element());
                open.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(a -> sb.append(' ').append(a.getKey()).append("=\"").append(Xml.attr(a.getValue())).append('"'));
                sb.append('>');
            } else if (e instanceof Close close) {
                sb.append("</").append(close.element()).append('>');
            }
        }
    }

    static List<Event> lay(List<Inline> items, List<Span> spans) {
        // split text items at every span edge
        List<Integer> edges = new ArrayList<>();
        for (Span s : spans) {
            edges.add(s.start());
            edges.add(s.end());
        }
        List<Inline> pieces = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        int off = 0;
        for (Inline it : items) {
            String r = it.reading();
            if (it instanceof Inline.Text t) {
                int start = off;
                List<Integer> cuts = new ArrayList<>();
                for (int e : edges) if (e > start && e < start + r.length()) cuts.add(e - start);
                cuts.sort(Integer::compare);
                int prev = 0;
                for (int c : cuts) {
                    if (c == prev) continue;
                    pieces.add(new Inline.Text(t.text().substring(prev, c)));
                    ranges.add(new int[] {start + prev, start + c});
                    prev = c;
                }
                pieces.add(new Inline.Text(t.text().substring(prev)));
                ranges.add(new int[] {start + prev, start + r.length()});
            } else {
                pieces.add(it);
                ranges.add(new int[] {off, off + r.length()});
            }
            off += r.length();
        }
        // each span as a piece range [from, to)
        List<int[]> spanPieces = new ArrayList<>();
        List<Span> kept = new ArrayList<>();
        for (Span s : spans) {
            int from = -1;
            int to = -1;
            for (int p = 0; p < pieces.size(); p++) {
                int[] r = ranges.get(p);
                boolean zeroWidth = r[0] == r[1];
                if (zeroWidth) continue;
                if (r[1] > s.start() && r[0] < s.end()) {
                    if (from < 0) from = p;
                    to = p + 1;
                }
            }
            if (from < 0) continue;
            if (TEXT_ONLY.contains(s.element()) && !textAlone(pieces, from, to)) continue;
            spanPieces.add(new int[] {from, to});
            kept.add(s);
        }
        // drop spans that cross an earlier kept span after snapping
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) order.add(i);
        order.sort(Comparator.<Integer>comparingInt(i -> spanPieces.get(i)[0]).thenComparingInt(i -> -spanPieces.get(i)[1]));
        List<Integer> accepted = new ArrayList<>();
        for (int i : order) {
            int[] a = spanPieces.get(i);
            boolean crosses = false;
            for (int j : accepted) {
                int[] b = spanPieces.get(j);
                boolean disjoint = a[1] <= b[0] || b[1] <= a[0];
                // nested after snapping, and nested as found: two fields that met inside one
                // choice must not end up one inside the other
                boolean inside = a[0] >= b[0] && a[1] <= b[1]
                        && kept.get(i).start() >= kept.get(j).start() && kept.get(i).end() <= kept.get(j).end();
                boolean same = a[0] == b[0] && a[1] == b[1] && kept.get(i).element().equals(kept.get(j).element());
                if (same || (!disjoint && !inside)) {
                    crosses = true;
                    break;
                }
            }
            if (!crosses) accepted.add(i);
        }
        List<Event> events = new ArrayList<>();
        List<Integer> stack = new ArrayList<>();
        int next = 0;
        for (int p = 0; p <= pieces.size(); p++) {
            while (!stack.isEmpty() && spanPieces.get(stack.get(stack.size() - 1))[1] <= p) {
                int top = stack.remove(stack.size() - 1);
                events.add(new Close(kept.get(top).element()));
            }
            while (next < accepted.size() && spanPieces.get(accepted.get(next))[0] == p) {
                int s = accepted.get(next++);
                stack.add(s);
                events.add(new Open(kept.get(s).element(), kept.get(s).attributes()));
            }
            if (p < pieces.size()) events.add(new Item(pieces.get(p)));
        }
        return events;
    }
}
