package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a user sees for inputs that are broken, hostile or not articles at all: the exit code, and
 * one line on stderr that says what is wrong (never a stack trace). Inputs that can be converted
 * are converted, and their output stays inside the output folder.
 */
class HostileInputCliTest {
    @TempDir
    static Path tmp;

    private static final String EXPORT_PAGE =
            "<mediawiki><page><title>%s</title><ns>0</ns><revision><text>%s</text></revision></page></mediawiki>";

    static Stream<Arguments> cases() throws IOException {
        byte[] random = new byte[5000];
        new Random(7).nextBytes(random);
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">]>"
                + String.format(EXPORT_PAGE, "L", "&lol2;");
        String export = String.format(EXPORT_PAGE, "Compressed", "Text of a page that was compressed.");
        return Stream.of(
                // name, file content, expected exit code, a fragment of the message (or of stdout when 0)
                Arguments.of("empty file", bytes(""), ExitCodes.INPUT_INVALID, "is empty"),
                Arguments.of("only whitespace and a BOM", bytes("\uFEFF  \n\n\t "), ExitCodes.INPUT_INVALID, "is empty"),
                Arguments.of("random bytes", random, ExitCodes.INPUT_INVALID, "binary"),
                Arguments.of("a PDF renamed .wiki", bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), ExitCodes.INPUT_INVALID, "binary"),
                Arguments.of("a ZIP archive", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, ExitCodes.INPUT_INVALID, "binary"),
                Arguments.of("XML with an external entity (XXE)", bytes("<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                        + String.format(EXPORT_PAGE, "X", "&x; hi")), ExitCodes.INPUT_INVALID, "not a MediaWiki export"),
                Arguments.of("billion laughs", bytes(billionLaughs), ExitCodes.INPUT_INVALID, "not a MediaWiki export"),
                Arguments.of("XML of another kind", bytes("<?xml version=\"1.0\"?><html><body>x</body></html>"), ExitCodes.INPUT_INVALID, "not a MediaWiki export"),
                Arguments.of("export cut off mid-page", bytes("<mediawiki><page><title>A</title><ns>0</ns><revision><text>Hello."),
                        ExitCodes.INPUT_INVALID, "malformed export XML"),
                Arguments.of("export with only a redirect", bytes("<mediawiki><page><title>R</title><ns>0</ns><redirect title=\"X\"/>"
                        + "<revision><text>#REDIRECT [[X]]</text></revision></page></mediawiki>"), ExitCodes.OK, "no article found"),
                Arguments.of("gzip-compressed export", gzip(export), ExitCodes.OK, "Compressed →"),
                Arguments.of("bzip2-compressed export", bzip2(export), ExitCodes.OK, "Compressed →"),
                Arguments.of("corrupt gzip", new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3}, ExitCodes.INPUT_UNREADABLE, "cannot read"),
                Arguments.of("title that climbs out of the output folder", bytes(String.format(EXPORT_PAGE, "../../../etc/passwd", "Hi there.")),
                        ExitCodes.OK, "etc-passwd"),
                Arguments.of("reserved Windows name as title", bytes(String.format(EXPORT_PAGE, "CON", "Hi there.")), ExitCodes.OK, "con-article"),
                Arguments.of("NUL and control characters in text", bytes("Some\u0000 text\u0001 here."), ExitCodes.OK, "lector: 1 warning ("),
                Arguments.of("invalid UTF-8 bytes", new byte[] {'c', 'a', 'f', (byte) 0xC3, ' ', (byte) 0xFF, ' ', 't', 'e', 'x', 't'}, ExitCodes.OK, "warnings"),
                Arguments.of("invalid UTF-8 inside an export", concat(bytes("<mediawiki><page><title>A</title><ns>0</ns><revision><text>caf"),
                        new byte[] {(byte) 0xC3, '(', ' '}, bytes("x</text></revision></page></mediawiki>")), ExitCodes.OK,
                        "replaced 1 invalid byte sequence(s)"),
                Arguments.of("UTF-16 with BOM", "\uFEFF== Heading ==\nText in UTF-16.".getBytes(StandardCharsets.UTF_16LE), ExitCodes.OK, " sentence"),
                Arguments.of("markup only, no prose", bytes("{{a}}{{b|c}}[[Category:X]]__NOTOC__"), ExitCodes.OK, " sentence"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitCodeAndMessage(String name, byte[] content, int expectedCode, String expectedFragment) throws IOException {
        Path input = tmp.resolve(name.replaceAll("[^a-z0-9]+", "-") + ".wiki");
        Files.write(input, content);
        Path out = tmp.resolve("out-" + input.getFileName());
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new String[] {"convert", input.toString(), "--to", "script", "--out", out.toString()},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true));

        assertThat(code).as("exit code; stderr: %s", stderr).isEqualTo(expectedCode);
        assertThat(stderr.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        if (expectedCode == ExitCodes.OK) {
            assertThat(stdout + stderr.toString()).contains(expectedFragment);
            if (Files.exists(out)) {
                try (Stream<Path> written = Files.walk(out)) {
                    assertThat(written).allSatisfy(p -> assertThat(p.toAbsolutePath().normalize()).startsWith(out.toAbsolutePath()));
                }
            }
        } else {
            assertThat(stderr.toString().strip().lines()).as("one line").hasSize(1);
            assertThat(stderr.toString()).startsWith("lector: ").contains(expectedFragment);
            assertThat(out).as("nothing written for a refused input").doesNotExist();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(bytes(s));
        }
        return b.toByteArray();
    }

    private static byte[] bzip2(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (BZip2CompressorOutputStream z = new BZip2CompressorOutputStream(b)) {
            z.write(bytes(s));
        }
        return b.toByteArray();
    }
}
