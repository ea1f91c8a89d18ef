package org.lector.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Inputs an attacker (or a very unlucky dump) would give Lector, each a file as a user would
 * pass it: what crashed, stalled or escaped in earlier versions, and the parser's worst cases.
 * Used twice: by the command-line suite (a JVM per case, real files, every backend) and by the
 * in-process suite (the fuzz target, audio with a stand-in engine).
 *
 * @param name what the case is, for test names
 * @param fileName the input's file name (its extension is only a name: Lector reads content)
 * @param content the file's bytes
 * @param outcome what a run must end with
 * @param fragment a piece of text the run's output must contain (stdout for a converted
 *     article, stderr otherwise)
 */
public record HostileCase(String name, String fileName, byte[] content, Outcome outcome, String fragment) {
    /** How a run over the case must end. */
    public enum Outcome {
        /** Converted, possibly with warnings: exit 0. */
        CONVERTED,
        /** The article is reported failed and the run goes on: exit 7. */
        ARTICLE_FAILED,
        /** The input is refused with one line: exit 3, 4 or 6. */
        REFUSED
    }

    /** Small enough that real speech of it takes seconds, so the command-line suite includes audio. */
    public boolean speakable() {
        return content.length <= 4096;
    }

    @Override
    public String toString() {
        return name;
    }

    private static final String PAGE = "<page><title>%s</title><ns>0</ns><revision><text>%s</text></revision></page>";

    /** Every case, in a fixed order. */
    public static List<HostileCase> all() {
        List<HostileCase> c = new ArrayList<>();
        String sentence = "Louis Braille was a French educator. ";
        // native code: liblouis's pattern matcher recursed once per character of a long run
        c.add(wiki("20,000 refs in one paragraph", "Text" + "<ref>Note.</ref>".repeat(20_000) + " end.", "1 article"));
        c.add(wiki("50,000 sfn in one paragraph", "Text" + "{{sfn|Smith|2000|p=1}}".repeat(50_000) + " end.", "1 article"));
        c.add(wiki("one word of a megabyte", "Start " + "abcdefghij".repeat(100_000) + " end.", "1 article"));
        c.add(wiki("one word of four megabytes", "Start " + "abcdefghij".repeat(400_000) + " end.", "1 article"));
        // character references no character can be
        c.add(wiki("reference beyond Unicode", "x &#x110000; y &#99999999999; z", "1 article"));
        c.add(wiki("reference to a lone surrogate", "x &#xD800; y &#xDFFF;z", "1 article"));
        c.add(wiki("references to control characters", "Clear &#x1b;[2J screen &#0; nul &#x1; one &#x9b; csi.", "1 article"));
        // titles
        c.add(export("a title of 100 astral characters", "\uD835\uDC9C".repeat(100), sentence, "1 article"));
        c.add(export("a title of 300 Malayalam characters", "കേരളം".repeat(60), sentence, "1 article"));
        c.add(export11("control characters in an XML 1.1 title", "Clear&#x1b;[2J&#x7;Title", sentence, "Clear [2J Title"));
        c.add(export("bidi overrides and zero-width characters in a title", "\u202Egnp.exe\u200B\u2066x", sentence, "1 article"));
        // detection and limits
        c.add(new HostileCase("an export after 5 KB of whitespace and comments", "late.xml",
                utf8(" ".repeat(3000) + "<!-- x -->\n".repeat(200) + "<mediawiki>" + String.format(PAGE, "Late root", sentence) + "</mediawiki>"),
                Outcome.CONVERTED, "Late root"));
        c.add(new HostileCase("a compressed page of 300 MB", "bomb.xml.gz", gzipBomb(300), Outcome.ARTICLE_FAILED, "larger than the limit"));
        // runs that regular expressions or recursion could choke on
        c.add(wiki("100,000 combining marks", "a" + "\u0301".repeat(100_000) + " colour.", "1 article"));
        c.add(wiki("100,000 open braces", "{{".repeat(100_000) + "text", "1 article"));
        c.add(wiki("100,000 open links", "[[".repeat(100_000) + "text", "1 article"));
        c.add(wiki("nested refs", "a<ref>b<ref>c</ref>d</ref>e".repeat(10_000), "1 article"));
        c.add(wiki("a table of 40,000 cells", "{|\n" + ("|-\n" + "| cell ".repeat(200) + "\n").repeat(200) + "|}", "1 article"));
        c.add(wiki("a heading of 100 KB", "== " + "long ".repeat(20_000) + "==\nText.", "1 article"));
        c.add(wiki("lists 5,000 levels deep", "*".repeat(5_000) + " item\n#:;" .repeat(1_000) + " x", "1 article"));
        c.add(wiki("TeX of 100 KB", "<math>" + "x^{2}+".repeat(15_000) + "1</math> is a sum.", "1 article"));
        c.add(wiki("10,000 figures", "[[File:X.jpg|thumb|Caption ''x'' here]]\n".repeat(10_000), "1 article"));
        // markup that leaked through the parser
        c.add(wiki("a table built with {{!}}", "{{{!}}\n{{!}} a {{!}}{{!}} b\n{{!}}}", "1 article"));
        c.add(wiki("a heading from a parser function", "{{#if:1|\n==Made heading==\n|}}\nText.", "1 article"));
        c.add(wiki("a ref name full of brackets", "A<ref name=\"[#foo] {bar} <baz>\">Note</ref> b.", "1 article"));
        return List.copyOf(c);
    }

    private static HostileCase wiki(String name, String text, String fragment) {
        return new HostileCase(name, "case.wiki", utf8(text), Outcome.CONVERTED, fragment);
    }

    private static HostileCase export(String name, String title, String text, String fragment) {
        return new HostileCase(name, "case.xml", utf8("<mediawiki>" + String.format(PAGE, title, text) + "</mediawiki>"),
                Outcome.CONVERTED, fragment);
    }

    private static HostileCase export11(String name, String title, String text, String fragment) {
        return new HostileCase(name, "case.xml", utf8("<?xml version=\"1.1\"?><mediawiki>" + String.format(PAGE, title, text)
                + "</mediawiki>"), Outcome.CONVERTED, fragment);
    }

    /** One page of {@code megabytes} MB of one letter, gzipped to a few hundred KB. */
    private static byte[] gzipBomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(utf8("<mediawiki><page><title>Bomb</title><ns>0</ns><revision><text>"));
            byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < megabytes; i++) {
                gz.write(block);
            }
            gz.write(utf8("</text></revision></page></mediawiki>"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
