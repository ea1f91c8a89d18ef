package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.wikitext.Articles.parse;
import static org.lector.wikitext.Articles.text;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.document.Article;
import org.lector.document.Figure;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;

/**
 * Character references decode in one place, and nothing an article writes, as a reference or
 * raw, puts a control character, a lone surrogate or a noncharacter in front of a reader.
 */
class CharacterReferencesTest {
    private static String decode(String s) {
        List<String> warnings = new ArrayList<>();
        String out = CharacterReferences.decode(s, warnings::add);
        assertThat(warnings).allMatch(CharacterReferences.WARNING::equals);
        return out;
    }

    @Test
    void namedNumericAndHexReferencesDecode() {
        assertThat(decode("a &amp; b &#8211; c &#x2014; d &apos;e&vert;f &nbsp;")).isEqualTo("a & b – c — d 'e|f \u00A0");
        // leading zeros and upper-case X, as parser tests write them
        assertThat(decode("JavaS&#x0000063;r&#X0000069;&#00000112;t")).isEqualTo("JavaScript");
        assertThat(decode("&NotEqualTilde;")).isEqualTo("\u2242\u0338");
    }

    @Test
    void textThatIsNoReferenceStaysAsWritten() {
        assertThat(decode("AT&T &unknown; &#; &#x; &amp &#12a; & ;")).isEqualTo("AT&T &unknown; &#; &#x; &amp &#12a; & ;");
    }

    @Test
    void c1ReferencesReadAsWindows1252AsBrowsersDo() {
        assertThat(decode("1990&#150;91 &#147;q&#148; &#128;")).isEqualTo("1990–91 “q” €");
        assertThat(decode("&#129;")).isEqualTo("\uFFFD");
    }

    @Test
    void referencesToNoCharacterOrToControlsBecomeReplacementCharacters() {
        // x &#x110000; y once ended the whole dump: unescapeHtml4 threw
        assertThat(decode("x &#x110000; y")).isEqualTo("x \uFFFD y");
        assertThat(decode("&#99999999999999999999999999;")).isEqualTo("\uFFFD");
        assertThat(decode("&#xD800;&#xDFFF;")).isEqualTo("\uFFFD\uFFFD");
        assertThat(decode("&#0;&#x1;&#x1b;[2J&#x7f;&#xFFFE;&#xFDD0;&#x10FFFF;")).isEqualTo("\uFFFD\uFFFD\uFFFD[2J\uFFFD\uFFFD\uFFFD\uFFFD");
        assertThat(decode("a&#9;b&#10;c&#13;d")).isEqualTo("a\tb\nc d");
        assertThat(decode("&#x1F600;")).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void anArticleWithBadReferencesParsesWithOneCountedWarning() {
        Article a = parse("x &#x110000; y &#xD800; z &#x1b;[2J &#0; done");
        assertThat(text(a.lead().get(0))).isEqualTo("x \uFFFD y \uFFFD z \uFFFD[2J \uFFFD done");
        assertThat(a.warnings()).containsExactly("4 character references named invalid or control characters; shown as \uFFFD");
        assertThat(parse("a &#x1; b").warnings()).containsExactly("1 character reference named an invalid or control character; shown as \uFFFD");
    }

    @Test
    void everyDecodingPlaceReplacesControls() {
        // nowiki and pre bodies, link labels, bare addresses, file names, template text
        Article a = parse("<nowiki>&#x1b;a</nowiki> <pre>&#x1b;b</pre> [[C&#x1b;d]] http://x.org/?a&#x1b;b\n\n"
                + "[[File:F&#x1b;g.jpg|thumb]]\n\n{{century BC|5&#x1b;}}");
        String all = PlainText.of(((Paragraph) a.lead().get(0)).content()) + " "
                + ((Figure) a.lead().get(1)).fileName() + " "
                + a.lead().stream().skip(2).map(b -> PlainText.of(((Paragraph) b).content())).toList();
        assertThat(all).doesNotContain("\u001b").contains("\uFFFDa", "\uFFFDb", "C\uFFFDd", "F\uFFFDg", "5\uFFFD century BC");
        assertThat(a.warnings()).containsExactly("6 character references named invalid or control characters; shown as \uFFFD");
    }

    @Test
    void rawControlCharactersAndLoneSurrogatesInTheTextAreReplaced() {
        Article a = parse("a\u0001b\u001b[2Jc\u0085d\u007fe\uD800f\uFFFFg\u0000h");
        assertThat(text(a.lead().get(0))).isEqualTo("a\uFFFDb\uFFFD[2Jc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh");
        assertThat(a.warnings()).containsExactly("7 invalid or control characters in the text; shown as \uFFFD");
        // a surrogate pair is one character, not two halves
        assertThat(text(parse("x \uD83D\uDE00 y").lead().get(0))).isEqualTo("x \uD83D\uDE00 y");
        assertThat(parse("x \uD83D\uDE00 y").warnings()).isEmpty();
    }

    @Test
    void aCarriageReturnIsALineEnd() {
        assertThat(CharacterReferences.sanitize("a\r\nb\rc", w -> { })).isEqualTo("a\nb\nc");
    }
}
