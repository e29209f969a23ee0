package org.colophon.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextPageReaderTest {
    private final TextPageReader reader = new TextPageReader();

    @Test
    void keepsNonBlankLinesWithTheirNumbersAndSpacing() throws InputProblem {
        PageSource p = reader.read("p.txt", "one\n\n\ntwo\nthree\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(3, p.lines().size());
        assertEquals(new SourceLine(1, "one", 2), p.lines().get(0));
        assertEquals(4, p.lines().get(1).number());
        assertEquals("p", p.stem());
    }

    @Test
    void crlfAndBomAreRead() throws InputProblem {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "a\r\nb\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        PageSource p = reader.read("x", all);
        assertEquals("a", p.lines().get(0).text());
        assertEquals("b", p.lines().get(1).text());
    }

    @Test
    void utf16WithBomIsRead() throws InputProblem {
        byte[] b = "\uFEFFSaburō\n".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("Saburō", reader.read("x", b).lines().get(0).text());
    }

    @Test
    void emptyInputIsRefusedWithItsNameAndLine() {
        InputProblem e = assertThrows(InputProblem.class, () -> reader.read("empty.txt", new byte[0]));
        assertEquals("empty.txt:1: empty input; expected page text", e.oneLine());
    }

    @Test
    void whitespaceOnlyIsRefusedWithItsNameAndLine() {
        InputProblem e = assertThrows(InputProblem.class, () -> reader.read("w.txt", " \n\t\n ".getBytes(StandardCharsets.UTF_8)));
        assertEquals("w.txt:1: input holds only whitespace; expected page text", e.oneLine());
    }

    @Test
    void aPngIsBinaryDataNotBadUtf8() {
        // the PNG signature: 0x89 is no UTF-8, but the NUL bytes after it say what the file is
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        InputProblem e = assertThrows(InputProblem.class, () -> reader.read("picture.png", png));
        assertEquals("picture.png:3: binary data (NUL byte); expected page text", e.oneLine());
    }

    @Test
    void latin1TextWithANulByteFarAlongIsStillNamedAsNotUtf8() {
        byte[] start = "na\u00efve\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] b = java.util.Arrays.copyOf(start, TextPageReader.BINARY_SNIFF + 10);
        java.util.Arrays.fill(b, start.length, b.length, (byte) 'a');
        b[b.length - 1] = 0;
        InputProblem e = assertThrows(InputProblem.class, () -> reader.read("l.txt", b));
        assertTrue(e.oneLine().startsWith("l.txt:1: not UTF-8 (byte 0xEF"), e.oneLine());
    }

    @Test
    void binaryIsRefusedWithTheLine() {
        byte[] b = "line one\nline\0two\n".getBytes(StandardCharsets.UTF_8);
        InputProblem e = assertThrows(InputProblem.class, () -> reader.read("b.bin", b));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void latin1IsRefusedNamingLineAndByte() {
        byte[] b = "first\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1);
        InputProblem e = assertThrows(InputProblem.class, () -> reader.read("l.txt", b));
        assertEquals(2, e.line());
        assertTrue(e.oneLine().startsWith("l.txt:2: not UTF-8 (byte 0xEF"), e.oneLine());
    }
}
