package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.document.Code;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.Link;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;
import org.lector.document.SmallCaps;
import org.lector.document.Subscript;
import org.lector.document.Superscript;
import org.lector.document.Text;

/** Raised, lowered, small-capital and code text keeps its kind in the parse tree, from tags and templates. */
class InlineLevelsTest {
    private final WikitextParser parser = new WikitextParser();

    private List<Inline> inline(String wikitext) {
        return ((Paragraph) parser.parse("Test", "en", wikitext).lead().get(0)).content();
    }

    private static Superscript sup(String text) {
        return new Superscript(List.of(new Text(text)));
    }

    private static Subscript sub(String text) {
        return new Subscript(List.of(new Text(text)));
    }

    @Test
    void supAndSubTagsKeepTheirLevel() {
        assertThat(inline("10<sup>15</sup> tonnes")).containsExactly(new Text("10"), sup("15"), new Text(" tonnes"));
        assertThat(inline("H<sub>2</sub>O")).containsExactly(new Text("H"), sub("2"), new Text("O"));
        assertThat(inline("[[oxygen-16|<sup>16</sup>O]]")).containsExactly(
                new Link("oxygen-16", false, List.of(sup("16"), new Text("O"))));
        assertThat(inline("''x<sup>2</sup>''")).containsExactly(
                new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("x"), sup("2"))));
    }

    @Test
    void printedTextIsUnchanged() {
        assertThat(PlainText.of(inline("10<sup>15</sup> tonnes of H<sub>2</sub>O"))).isEqualTo("1015 tonnes of H2O");
    }

    @Test
    void anUnclosedSupEndsWithTheLineAndAStrayCloseIsIgnored() {
        List<Inline> run = inline("a<sup>b\nc</sup> d");
        assertThat(run).startsWith(new Text("a"), sup("b")).hasOnlyElementsOfTypes(Text.class, Superscript.class);
        assertThat(PlainText.of(run)).isEqualTo("ab c d");
    }

    @Test
    void codeTags() {
        for (String tag : List.of("code", "kbd", "tt", "samp")) {
            assertThat(inline("Type <" + tag + ">about:config</" + tag + "> here")).as(tag).containsExactly(
                    new Text("Type "), new Code(List.of(new Text("about:config"))), new Text(" here"));
        }
        assertThat(inline("<syntaxhighlight lang=\"java\" inline>int x;</syntaxhighlight>"))
                .containsExactly(new Code(List.of(new Text("int x;"))));
    }

    @Test
    void supSubAndStackedTemplates() {
        assertThat(inline("5{{sup|th}}")).containsExactly(new Text("5"), sup("th"));
        assertThat(inline("x{{sub|i}}")).containsExactly(new Text("x"), sub("i"));
        assertThat(inline("X{{su|p=+2|b=−1}}")).containsExactly(new Text("X"), sup("+2"), sub("−1"));
        assertThat(inline("{{math|''x''<sup>2</sup>}}")).containsExactly(
                new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("x"))), sup("2"));
    }

    @Test
    void powersOfTen() {
        assertThat(inline("6{{e|24}} kg")).containsExactly(new Text("6"), new Text("×10"), sup("24"), new Text(" kg"));
        assertThat(inline("{{val|1.2|e=3|u=m}}")).containsExactly(
                new Text("1.2"), new Text("×10"), sup("3"), new Text(" "), new Text("m"));
        assertThat(PlainText.of(inline("{{val|14.6|u=mg/L}}"))).isEqualTo("14.6 mg/L");
    }

    @Test
    void smallCapsAndCodeTemplates() {
        for (String name : List.of("smallcaps", "sc", "small caps")) {
            assertThat(inline("{{" + name + "|Lord}}")).as(name).containsExactly(new SmallCaps(List.of(new Text("Lord"))));
        }
        for (String name : List.of("code", "kbd", "samp")) {
            assertThat(inline("{{" + name + "|ls -l}}")).as(name).containsExactly(new Code(List.of(new Text("ls -l"))));
        }
    }

    @Test
    void chemCountsAreLoweredAndChargesRaised() {
        assertThat(inline("{{chem|H|2|O}}")).containsExactly(new Text("H"), sub("2"), new Text("O"));
        assertThat(inline("{{chem|SO|4|2-}}")).containsExactly(new Text("SO"), sub("4"), sup("2-"));
        assertThat(inline("{{chem|O|2|-}}")).containsExactly(new Text("O"), sub("2"), sup("-"));
        assertThat(inline("{{chem|(CH|3|)|2|CO}}")).containsExactly(
                new Text("(CH"), sub("3"), new Text(")"), sub("2"), new Text("CO"));
        assertThat(inline("{{chem|R-OH}}")).containsExactly(new Text("R-OH"));
        assertThat(inline("{{chem|4|He}}")).containsExactly(sup("4"), new Text("He"));
        assertThat(inline("{{CO2}}")).containsExactly(new Text("CO"), sub("2"));
    }

    @Test
    void chem2ReadsCountsChargesAndCoefficients() {
        assertThat(inline("{{chem2|H2O}}")).containsExactly(new Text("H"), sub("2"), new Text("O"));
        assertThat(inline("{{chem2|2BaO2}}")).containsExactly(new Text("2BaO"), sub("2"));
        assertThat(inline("{{chem2|CuSO4*10H2O}}")).containsExactly(
                new Text("CuSO"), sub("4"), new Text("*10H"), sub("2"), new Text("O"));
        assertThat(inline("{{chem2|O2+PtF6−}}")).containsExactly(
                new Text("O"), sub("2"), sup("+"), new Text("PtF"), sub("6"), sup("−"));
        assertThat(inline("{{chem2|SO4(2-)}}")).containsExactly(new Text("SO"), sub("4"), sup("2-"));
        assertThat(inline("{{chem2|2 H2 + O2}}")).containsExactly(
                new Text("2 H"), sub("2"), new Text(" + O"), sub("2"));
        assertThat(inline("{{chem2|C_{''n''}H_{2''n''+2}|}}")).containsExactly(
                new Text("C"), new Subscript(List.of(new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("n"))))),
                new Text("H"), new Subscript(List.of(new Text("2"),
                        new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("n"))), new Text("+2"))));
        assertThat(inline("{{chem2|[[Water|H2O]]}}")).containsExactly(
                new Link("Water", false, List.of(new Text("H"), sub("2"), new Text("O"))));
    }
}
