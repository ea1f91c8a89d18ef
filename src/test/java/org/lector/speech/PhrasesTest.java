package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The bundle of Lector's own phrases: English, patterns filled with words already spoken. */
class PhrasesTest {
    private final Phrases english = Phrases.forLanguage("en");

    @Test
    void phrasesAreFilledWithTheirArguments() {
        assertThat(english.get("quotation.open", "We must.")).isEqualTo("Quotation: We must.");
        assertThat(english.get("quotation.closeWithSource", "We must.", "Stalin.")).isEqualTo("We must. End of quotation, Stalin.");
        assertThat(english.get("image.openInGroup", "A cow.", "two")).isEqualTo("Image two: A cow.");
        assertThat(english.get("row", "three")).isEqualTo("Row three.");
        assertThat(english.get("note.open", "twelve", "Kotkin.")).isEqualTo("Note twelve: Kotkin.");
        assertThat(english.get("markers", "one, two", "three")).isEqualTo("notes one, two and three");
        assertThat(english.get("chapter", "three", "The Great Terror.")).isEqualTo("Chapter three: The Great Terror.");
        assertThat(english.get("serialNumber")).isEqualTo("Serial number");
    }

    @Test
    void aCountInDigitsPicksThePlural() {
        assertThat(english.get("figureGroup.alone", "one", 1)).isEqualTo("Group of one image.");
        assertThat(english.get("figureGroup.alone", "three", 3)).isEqualTo("Group of three images.");
        assertThat(english.get("table.alone", "one", 1, "four", 4)).isEqualTo("Table with one row and four columns.");
        assertThat(english.get("table.close", "Table: Results", "two", 2, "one", 1))
                .isEqualTo("Table: Results, with two rows and one column.");
    }

    @Test
    void foreignTextIsNamedInThePhrasesLanguage() {
        assertThat(english.foreignText("ru")).isEqualTo("Russian text");
        assertThat(english.foreignText("zh-Hans")).isEqualTo("Chinese text");
        assertThat(english.foreignText("qaa")).isEqualTo("foreign text");
    }

    @Test
    void aLanguageWithoutTranslationIsSpokenInEnglishWhateverTheMachinesLocale() {
        assertThat(Phrases.forLanguage("de").get("infobox.alone", "two", 2)).isEqualTo("Infobox, two facts.");
        assertThat(Phrases.forLanguage(null).get("infobox.alone", "one", 1)).isEqualTo("Infobox, one fact.");
    }

    @Test
    void everyPhraseIsAValidPattern() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.lector.speech.Phrases");
        for (String key : bundle.keySet()) {
            // a number fits every place: a word argument and a count alike
            assertThat(english.get(key, 2, 2, 2, 2, 2)).as(key).isNotBlank().doesNotContain("{");
        }
    }
}
