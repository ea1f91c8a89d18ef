package org.lector.source;

import org.lector.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    private static final Map<String, String> EXPECTED = Map.of(
            "kerala-ml.wiki", "ml",
            "mozilla-firefox-de.wiki", "de");

    @Test
    void guessesEveryCorpusArticle() {
        for (Path file : Corpus.files(".wiki")) {
            String name = file.getFileName().toString();
            String text = MojibakeRepair.repair(Corpus.text(file)).text();
            assertThat(LanguageGuess.guess(text)).as(name).isEqualTo(EXPECTED.getOrDefault(name, "en"));
        }
    }

    @Test
    void germanFromFunctionWordsAlone() {
        String text = "Die Stadt liegt an der Küste und ist nicht groß. Der Hafen wird von den Fischern "
                .repeat(5) + "genutzt, die auf dem Meer mit einem Boot fahren.";
        assertThat(LanguageGuess.guess(text)).isEqualTo("de");
    }

    @Test
    void englishQuotingGermanStaysEnglish() {
        String text = "The term ''Die Zeit der Not und des Elends'' was used by the press of the time, "
                + "and it is the title that was given to the period of the inflation. [[Category:Germany]]";
        assertThat(LanguageGuess.guess(text.repeat(5))).isEqualTo("en");
    }

    @Test
    void scriptDecides() {
        assertThat(LanguageGuess.guess("{{Infobox}} കേരളം ഇന്ത്യയിലെ ഒരു സംസ്ഥാനമാണ്")).isEqualTo("ml");
        assertThat(LanguageGuess.guess("Η Ελλάδα είναι χώρα της Ευρώπης.")).isEqualTo("el");
        assertThat(LanguageGuess.guess("")).isEqualTo("en");
    }
}
