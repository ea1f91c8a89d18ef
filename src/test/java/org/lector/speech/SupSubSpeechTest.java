package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.ScriptTrees.first;
import static org.lector.speech.ScriptTrees.script;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.config.LectorHome;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock.Paragraph;
import org.lector.script.SpanKind;
import org.lector.speech.ScriptTrees.Text;

/** Superscripts and subscripts read from the text around them, in a sentence of an English article. */
class SupSubSpeechTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    private static String said(Text text, EnglishVariety variety) {
        ReadingScript s = new ScriptSpeech(new SpeechOptions(CitationMode.NOTES, variety, List.of(), List.of(), HOME))
                .addSpeech(script(new Paragraph("s0.p1", text.prose())));
        return first(s).get(0);
    }

    private static String said(Text text) {
        return said(text, EnglishVariety.AMERICAN);
    }

    private static Text t(String plain) {
        return new Text("s0.p1").add(plain);
    }

    @Test
    void aSuperscriptAfterANumberIsAPower() {
        assertThat(said(t("About 10").sup("15").add(" stars."))).isEqualTo("About ten to the power of fifteen stars.");
        assertThat(said(t("A size of 10").sup("−3").add(" m."))).isEqualTo("A size of ten to the power of minus three meters.");
        assertThat(said(t("From 10").sup("3").add("–10").sup("6").add(".")))
                .isEqualTo("From ten to the power of three to ten to the power of six.");
    }

    @Test
    void aSquaredOrCubedUnitOfLengthIsAnAreaOrAVolume() {
        assertThat(said(t("It covers 30,689 km").sup("2").add("."))).isEqualTo(
                "It covers thirty thousand six hundred eighty nine square kilometers.");
        assertThat(said(t("It covers 30,689 km").sup("2").add("."), EnglishVariety.BRITISH)).isEqualTo(
                "It covers thirty thousand six hundred and eighty nine square kilometres.");
        assertThat(said(t("Just 1 km").sup("2").add("."))).isEqualTo("Just one square kilometer.");
        assertThat(said(t("It holds 5 m").sup("3").add("."), EnglishVariety.BRITISH)).isEqualTo("It holds five cubic metres.");
        assertThat(said(t("Area (km").sup("2").add(")"), EnglishVariety.BRITISH)).isEqualTo("Area (square kilometres)");
        assertThat(said(t("The density, in kg/m").sup("3").add(", is low."), EnglishVariety.BRITISH))
                .isEqualTo("The density, in kilograms per cubic metre, is low.");
        assertThat(said(t("It is 1000 kg/m").sup("3").add("."), EnglishVariety.BRITISH))
                .isEqualTo("It is one thousand kilograms per cubic metre.");
        assertThat(said(t("It falls at 9.8 m/s").sup("2").add("."), EnglishVariety.BRITISH))
                .isEqualTo("It falls at nine point eight metres per second squared.");
        assertThat(said(t("It flows at 3 m").sup("3").add("/s."), EnglishVariety.BRITISH))
                .isEqualTo("It flows at three cubic metres per second.");
        assertThat(said(t("It had 383/km").sup("2").add("."), EnglishVariety.BRITISH))
                .isEqualTo("It had three hundred and eighty three per square kilometre.");
    }

    @Test
    void aSuperscriptAfterAVariableIsSquaredCubedOrAPower() {
        assertThat(said(t("Then x").sup("2").add(" grows."))).isEqualTo("Then x squared grows.");
        assertThat(said(t("Then y").sup("3").add(" grows."))).isEqualTo("Then y cubed grows.");
        assertThat(said(t("So E = mc").sup("2").add("."))).isEqualTo("So E equals m c squared.");
        assertThat(said(t("Take x").sup("n").add("."))).isEqualTo("Take x to the power of n.");
        assertThat(said(t("Take 2").sup("n").add("."))).isEqualTo("Take two to the power of n.");
        assertThat(said(t("Take (a+b)").sup("2").add("."))).isEqualTo("Take (a plus b) squared.");
        assertThat(said(t("Numbers 2").sup("n−1").add(" are even."))).isEqualTo("Numbers two to the power of n minus one are even.");
    }

    @Test
    void aSuperscriptBeforeAnElementIsItsMassNumber() {
        assertThat(said(t("The ratio of ").sup("16").add("O to ").sup("18").add("O.")))
                .isEqualTo("The ratio of oxygen sixteen to oxygen eighteen.");
        assertThat(said(t("It splits ").sup("235").add("U atoms.")))
                .isEqualTo("It splits uranium two hundred thirty five atoms.");
    }

    @Test
    void subscriptDigitsInAFormulaAreCounts() {
        assertThat(said(t("Water is H").sub("2").add("O."))).isEqualTo("Water is H two O.");
        assertThat(said(t("Sugar is C").sub("6").add("H").sub("12").add("O").sub("6").add(".")))
                .isEqualTo("Sugar is C six H twelve O six.");
    }

    @Test
    void ordinalEndingsAreReadWithTheirWord() {
        assertThat(said(t("On the 1").sup("st").add(" day."))).isEqualTo("On the first day.");
        assertThat(said(t("The 19").sup("th").add(" century."))).isEqualTo("The nineteenth century.");
        assertThat(said(t("M").sup("me").add(" Curie came."))).isEqualTo("Mme Curie came.");
    }

    @Test
    void aRaisedOAfterANumberIsADegreeSign() {
        assertThat(said(t("At 8").sup("o").add("30′ N."))).isEqualTo("At eight degrees thirty minutes north.");
    }

    @Test
    void aNumberOrLetterRaisedAfterAWordIsAFootnoteMark() {
        assertThat(said(t("Smith").sup("1").add(" wrote it."))).isEqualTo("Smith, note one, wrote it.");
        assertThat(said(t("Smith").sup("[3]").add(" wrote it."))).isEqualTo("Smith, note three, wrote it.");
        assertThat(said(t("Total").sup("a").add("."))).isEqualTo("Total, note A.");
        assertThat(said(t("Coca-Cola").sup("TM").add(" sold."))).isEqualTo("Coca Cola sold.");
    }

    @Test
    void superscriptAndSubscriptCharactersAreReadAsRaisedAndLoweredRuns() {
        assertThat(said(t("So E=mc² and x² + y²."))).isEqualTo("So E equals m c squared and x squared plus y squared.");
        assertThat(said(t("About 10⁶ people."))).isEqualTo("About ten to the power of six people.");
        assertThat(said(t("It covers 5 km²."))).isEqualTo("It covers five square kilometers.");
        assertThat(said(t("CO₂ and H₂O."))).isEqualTo("C O two and H two O.");
        assertThat(said(t("The area πr² grows."))).isEqualTo("The area pi r squared grows.");
    }

    @Test
    void aChargeIsReadAsPlusOrMinus() {
        assertThat(said(t("The Ca").sup("2+").add(" ion."))).isEqualTo("The Ca two plus ion.");
    }

    @Test
    void smallCapsAndCodeAreReadAsText() {
        assertThat(said(t("In ").span(SpanKind.SMALL_CAPS, "AD", null).add(" 800 ")
                .span(SpanKind.CODE, "print", null).add(" came."))).isEqualTo("In A D eight hundred print came.");
    }

    @Test
    void anArticleInAnotherLanguageOnlyKeepsRaisedDigitsApart() {
        ReadingScript s = new ScriptSpeech(SpeechOptions.defaults()).addSpeech(
                script("de", List.of(new Paragraph("s0.p1", t("Etwa 10").sup("15").add(" Sterne.").prose())), List.of()));
        assertThat(first(s)).containsExactly("Etwa 10 15 Sterne.");
    }
}
