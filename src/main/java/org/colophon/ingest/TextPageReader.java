package org.colophon.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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

    /** Largest page accepted; a page of a book is a few kilobytes. */
    /** A printed page is some kilobytes; more than this is not one page (and would not fit a small heap). */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    public PageSource read(String name, byte[] bytes) throws InputProblem {
        if (bytes.length > MAX_BYTES) {
            throw new InputProblem(name, 0, "input is larger than " + (MAX_BYTES >> 20) + " MB; is this one page?");
        }
        String text = decode(name, bytes);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InputProblem(name, lineOf(text, nul), "binary data (NUL byte); expected page text");
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) text = Normalizer.normalize(text, Normalizer.Form.NFC);
        text = Glyphs.normalize(text);
        String[] raw = splitLines(text);
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String t = stripControls(raw[i]).strip();
            if (t.isEmpty()) continue;
            int blanks = 0;
            for (int j = i + 1; j < raw.length && raw[j].isBlank(); j++) blanks++;
            lines.add(new SourceLine(i + 1, t, blanks));
        }
        if (lines.isEmpty()) {
            throw new InputProblem(name, 0, bytes.length == 0 ? "empty input; expected page text" : "input holds only whitespace; expected page text");
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

    private static String decode(String name, byte[] b) throws InputProblem {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
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
                throw new InputProblem(name, line, "binary data (NUL byte); expected page text");
            }
            throw new InputProblem(name, line, String.format(
                    "not UTF-8 (byte 0x%02X at offset %d); convert the page to UTF-8, e.g. iconv -f windows-1252 -t utf-8",
                    b[bad] & 0xFF, bad));
        }
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
