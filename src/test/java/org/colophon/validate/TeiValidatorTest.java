package org.colophon.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TeiValidatorTest {

    private static final TeiValidator VALIDATOR = TeiValidator.load();

    private static final String VALID_PAGE = "valid-page.tei.xml";
    private static final String ALL_FEATURES = "all-features.tei.xml";

    /** Line of the first line of {@code body} in {@link #tei(String)}. */
    private static final int BODY = 12;

    /** A minimal valid document around some body content, which starts on line {@link #BODY}. */
    private static String tei(String body) {
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
              <teiHeader>
                <fileDesc>
                  <titleStmt><title>Test</title></titleStmt>
                  <publicationStmt><p>Test.</p></publicationStmt>
                  <sourceDesc><p>Test.</p></sourceDesc>
                </fileDesc>
              </teiHeader>
              <text>
                <body>
            """ + body.strip() + """

                </body>
              </text>
            </TEI>
            """;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TeiValidatorTest.class.getResource(name).toURI());
    }

    private static List<Problem> validate(String body) {
        return VALIDATOR.validate("test.xml", tei(body));
    }

    /** The problems at a line whose message contains a text. */
    private static List<Problem> at(List<Problem> problems, int line, String text) {
        return problems.stream().filter(p -> p.line() == line && p.message().contains(text)).toList();
    }

    private static void assertProblem(List<Problem> problems, int line, String text) {
        assertFalse(at(problems, line, text).isEmpty(),
                () -> "expected a problem at line " + line + " containing '" + text + "', got " + problems);
    }

    @Nested
    class ValidDocuments {

        @Test
        void theReferencePageIsValid() throws Exception {
            assertEquals(List.of(), VALIDATOR.validate(resource(VALID_PAGE)));
        }

        @Test
        void aDocumentUsingEveryConstructOfTheSchemaIsValid() throws Exception {
            assertEquals(List.of(), VALIDATOR.validate(resource(ALL_FEATURES)));
        }

        @Test
        void aContinuedNoteNeedsNoNumber() {
            assertEquals(List.of(), validate("""
                <p><note place="foot" type="continued" xml:id="n131-c">1991), 147.</note>Text
                <lb/>goes on.<note place="foot" n="14" xml:id="n131-14">A note.</note></p>
                """));
        }

        @Test
        void aDivisionMayEndAfterItsHeading() {
            assertEquals(List.of(), validate("""
                <p>The last paragraph of a section.</p>
                <div type="section" n="3.3"><head>3.3 A new section</head></div>
                """));
        }

        @Test
        void notesAreNumberedAcrossContinuations() {
            assertEquals(List.of(), validate("""
                <p>A.<note place="foot" n="7" xml:id="n1-7">Seven</note>
                <pb n="2"/><note place="foot" type="continued" xml:id="n2-c" prev="#n1-7">more</note>
                B.<note place="foot" n="8" xml:id="n2-8">Eight</note></p>
                """));
        }
    }

    @Nested
    class InvalidDocuments {

        @Test
        void duplicateXmlIdIsReportedAtTheSecondUse() {
            List<Problem> problems = validate("""
                <p>One.<note place="foot" n="1" xml:id="n1-1">A</note></p>
                <p>Two.<note place="foot" n="2" xml:id="n1-1">B</note></p>
                """);
            assertProblem(problems, BODY + 1, "Duplicate xml:id \"n1-1\"");
            assertTrue(at(problems, BODY, "Duplicate").isEmpty(), problems::toString);
        }

        @Test
        void aNoteWithoutNumberIsReported() {
            List<Problem> problems = validate("""
                <p>One.<note place="foot" xml:id="n1-1">A</note></p>
                """);
            assertProblem(problems, BODY, "Note has no @n");
        }

        @Test
        void aGapInNoteNumbersIsReportedOnceAtTheFirstNoteOutOfSequence() {
            List<Problem> problems = validate("""
                <p>One.<note place="foot" n="7" xml:id="n1-7">A</note></p>
                <p>Two.<note place="foot" n="9" xml:id="n1-9">B</note></p>
                <p>Three.<note place="foot" n="11" xml:id="n1-11">C</note></p>
                """);
            assertEquals(List.of(new Problem("test.xml", BODY + 1, 47,
                    "Note n=\"9\" is out of sequence: expected 8 after note 7.")), problems);
        }

        @Test
        void aDanglingPointerIsReported() {
            List<Problem> problems = validate("""
                <p>See <ref target="#n1-1 #nowhere">there</ref>.<note place="foot" n="1" xml:id="n1-1">A</note></p>
                """);
            assertEquals(1, problems.size(), problems::toString);
            assertProblem(problems, BODY, "@target points to #nowhere, but no element has that xml:id");
        }

        @Test
        void aChoiceMixingPairsIsReported() {
            List<Problem> problems = validate("""
                <p>An <choice><sic>eort</sic><reg>effort</reg></choice>.</p>
                """);
            assertProblem(problems, BODY, "one sic/corr pair or one orig/reg pair, found: sic, reg");
        }

        @Test
        void anUnknownElementIsReported() {
            List<Problem> problems = validate("""
                <p>Some text</p>
                <p>A <blink>word</blink>.</p>
                """);
            assertProblem(problems, BODY + 1, "element \"blink\" not allowed");
        }

        @Test
        void anEmptyBodyIsNotValidTei() {
            assertProblem(validate("<pb n=\"1\"/>"), BODY + 1, "element \"body\" incomplete");
        }

        @Test
        void aContinuedNoteNeedsAnId() {
            List<Problem> problems = validate("""
                <p><note place="foot" type="continued">rest</note>Text.</p>
                """);
            assertProblem(problems, BODY, "xml:id");
        }

        @Test
        void malformedXmlGivesLineAndColumn() {
            List<Problem> problems = VALIDATOR.validate("bad.xml", """
                <?xml version="1.0"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0">
                  <p>An <hi rend="italic">open</p>
                </TEI>
                """);
            assertEquals(1, problems.size(), problems::toString);
            Problem problem = problems.get(0);
            assertEquals(3, problem.line());
            assertEquals(33, problem.column());
            assertTrue(problem.message().startsWith("not well-formed: "), problem.message());
            assertTrue(problem.toString().startsWith("bad.xml:3:33: not well-formed: "), problem.toString());
        }

        @Test
        void anUnreadableFileIsAProblemNotAnException(@TempDir Path dir) {
            Path missing = dir.resolve("missing.xml");
            List<Problem> problems = VALIDATOR.validate(missing);
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).message().startsWith("cannot read file"), problems::toString);
        }
    }

    @Nested
    class SecureParsing {

        @ParameterizedTest
        @ValueSource(strings = {
            "<!DOCTYPE TEI [<!ENTITY secret SYSTEM \"URL\">]>",
            "<!DOCTYPE TEI SYSTEM \"URL\">",
            "<!DOCTYPE TEI [<!ENTITY % dtd SYSTEM \"URL\"> %dtd;]>"})
        void aDoctypeIsRefusedAndNothingIsFetched(String doctype, @TempDir Path dir) throws IOException {
            AtomicInteger requests = new AtomicInteger();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                byte[] body = "TOP-SECRET".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            try {
                String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/secret";
                Path file = dir.resolve("xxe.xml");
                Files.writeString(file, "<?xml version=\"1.0\"?>\n"
                        + doctype.replace("URL", url) + "\n"
                        + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">&secret;</TEI>\n");

                List<Problem> problems = VALIDATOR.validate(file);

                assertEquals(1, problems.size(), problems::toString);
                assertEquals(2, problems.get(0).line());
                assertTrue(problems.get(0).message().contains("DOCTYPE not allowed"), problems::toString);
                assertFalse(problems.toString().contains("TOP-SECRET"));
                assertEquals(0, requests.get(), "the validator fetched an external entity or DTD");
            } finally {
                server.stop(0);
            }
        }

        @Test
        void aLocalFileEntityIsNotRead(@TempDir Path dir) throws IOException {
            Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
            String xml = "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE TEI [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n"
                    + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><x>&secret;</x></TEI>\n";
            List<Problem> problems = VALIDATOR.validate("xxe.xml", xml);
            assertEquals(1, problems.size(), problems::toString);
            assertFalse(problems.toString().contains("TOP-SECRET"));
        }
    }

    @Nested
    class TheValidator {

        @Test
        void isCompiledOnce() {
            assertSame(VALIDATOR, TeiValidator.load());
        }

        @Test
        void canBeSharedBetweenThreads() throws Exception {
            Path page = resource(VALID_PAGE);
            String invalid = tei("""
                <p>One.<note place="foot" n="3" xml:id="a">A</note><note place="foot" n="5" xml:id="a">B</note></p>
                """);
            List<List<Problem>> results = IntStream.range(0, 16).parallel()
                    .mapToObj(i -> i % 2 == 0 ? VALIDATOR.validate(page) : VALIDATOR.validate("t.xml", invalid))
                    .toList();
            List<Problem> expectedInvalid = VALIDATOR.validate("t.xml", invalid);
            assertEquals(2, expectedInvalid.size(), expectedInvalid::toString);
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i % 2 == 0 ? List.of() : expectedInvalid, results.get(i));
            }
        }

        @Test
        void problemsPrintAsFileLineColumnMessage() {
            assertEquals("page.xml:12:40: Duplicate xml:id \"a\".",
                    new Problem("page.xml", 12, 40, "Duplicate xml:id \"a\".").toString());
        }
    }

    /** Our schema is a subset of TEI P5: what it accepts, tei_all must accept too. */
    @Nested
    class AgainstTeiAll {

        @ParameterizedTest
        @ValueSource(strings = {VALID_PAGE, ALL_FEATURES})
        void ourValidSamplesAreValidTei(String name) throws Exception {
            assertEquals(List.of(), TeiAll.errors(List.of(resource(name))), name + " is not valid TEI");
        }

        @Test
        void teiAllRefusesWhatTeiDoesNotAllow(@TempDir Path dir) throws Exception {
            Path bad = Files.writeString(dir.resolve("bad.tei.xml"), tei("<nosuch>x</nosuch>"));
            assertFalse(TeiAll.errors(List.of(bad)).isEmpty(), "tei_all accepted an element TEI does not have");
        }
    }
}
