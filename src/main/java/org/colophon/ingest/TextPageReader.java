package org.colophon.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.colophon.text.Glyphs;

/**
 * Reads page text as exported by PDF extraction or a web reader: UTF-8 (a BOM is dropped),
 * UTF-16 with a BOM, any line ends. Refuses binary data and text that is not valid UTF-8,
 * naming the line where decoding failed.
 */
public final class TextPageReader {

    /** A printed page is some kilobytes; more than this is not one page (and would not fit a small heap). */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    /** How many bytes at the start are looked at for a NUL byte before the text is decoded. */
    static final int BINARY_SNIFF = 8000;
    private static final String BINARY = "binary data (NUL byte); expected page text";

    public PageSource read(String name, byte[] bytes) throws InputProblem {
        if (bytes.length > MAX_BYTES) {
            throw new InputProblem(name, 0, "input is larger than " + (MAX_BYTES >> 20) + " MB; is this one page?");
        }
        refuseBinary(name, bytes);
        String text = decode(name, bytes);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InputProblem(name, lineOf(text, nul), BINARY);
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = Glyphs.normalize(text);
        String[] raw = splitLines(text);
        List<Columns.Line> read = new ArrayList<>();
        int[] blanksAfter = new int[raw.length + 1];
        for (int i = 0; i < raw.length; i++) {
            String t = stripControls(raw[i]).stripTrailing();
            if (t.isBlank()) continue;
            int blanks = 0;
            for (int j = i + 1; j < raw.length && raw[j].isBlank(); j++) blanks++;
            blanksAfter[i + 1] = blanks;
            read.add(new Columns.Line(i + 1, t));
        }
        // a page set in two columns side by side is read left column first
        List<SourceLine> lines = new ArrayList<>();
        for (Columns.Line l : Columns.inReadingOrder(read)) {
            lines.add(new SourceLine(l.number(), l.text().strip(), blanksAfter[l.number()]));
        }
        if (lines.isEmpty()) {
            // line 1: where the page text was expected
            throw new InputProblem(name, 1, bytes.length == 0 ? "empty input; expected page text" : "input holds only whitespace; expected page text");
        }
        return new PageSource(name, stem(name), lines);
    }

    private static String[] splitLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(new String[0]);
    }

    /**
     * A NUL byte among the first {@value #BINARY_SNIFF} bytes (as git and grep judge it) makes the
     * input binary data, whatever else is wrong with it: a PNG's bytes are no Latin-1 text. UTF-16
     * (with its byte-order mark) is text with NUL bytes; it is judged once decoded.
     */
    private static void refuseBinary(String name, byte[] b) throws InputProblem {
        if (utf16ByBom(b) != null) return;
        int line = 1;
        for (int i = 0; i < Math.min(b.length, BINARY_SNIFF); i++) {
            if (b[i] == 0) throw new InputProblem(name, line, BINARY);
            if (b[i] == '\n') line++;
        }
    }

    private static String decode(String name, byte[] b) throws InputProblem {
        Charset utf16 = utf16ByBom(b);
        if (utf16 != null) return new String(b, 2, b.length - 2, utf16);
        int off = (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return dec.decode(ByteBuffer.wrap(b, off, b.length - off)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(b, off);
            int line = 1;
            for (int i = off; i < bad; i++) if (b[i] == '\n') line++;
            if (bad < b.length && b[bad] == 0) {
                throw new InputProblem(name, line, BINARY);
            }
            throw new InputProblem(name, line, String.format(
                    "not UTF-8 (byte 0x%02X at offset %d); convert the page to UTF-8, e.g. iconv -f windows-1252 -t utf-8",
                    b[bad] & 0xFF, bad));
        }
    }

    /** UTF-16BE or UTF-16LE when the input begins with that byte-order mark, else null. */
    private static Charset utf16ByBom(byte[] b) {
        if (b.length < 2) return null;
        int b0 = b[0] & 0xFF;
        int b1 = b[1] & 0xFF;
        if (b0 == 0xFE && b1 == 0xFF) return StandardCharsets.UTF_16BE;
        if (b0 == 0xFF && b1 == 0xFE) return StandardCharsets.UTF_16LE;
        return null;
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, b.length - from);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
        var result = dec.decode(in, out, true);
        return result.isError() ? in.position() : b.length;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** Drops C0/C1 controls other than tab (tab becomes a space), which XML cannot carry. */
    private static String stripControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t') || (c >= 0x7F && c < 0xA0) || c == '\uFFFE' || c == '\uFFFF';
            if (bad || c == '\t') {
                if (sb == null) sb = new StringBuilder(s.substring(0, i));
                if (c == '\t') sb.append(' ');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    static String stem(String name) {
        if (name.equals("-")) return "stdin";
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
