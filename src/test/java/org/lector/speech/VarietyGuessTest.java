package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock.Cell;
import org.lector.script.ScriptBlock.Paragraph;
import org.lector.script.ScriptBlock.Row;
import org.lector.script.ScriptBlock.Scope;
import org.lector.script.ScriptBlock.Table;
import org.lector.speech.ScriptTrees.Text;

/** The English variety: declared by the article, else voted by its spellings in all its text. */
class VarietyGuessTest {

    private static ReadingScript withText(String paragraph, String cell) {
        Cell c = new Cell("s0.t1.r1.c1", new Text("s0.t1.r1.c1").add(cell).prose(), 1, 1, 1, false, Scope.NONE, "", "");
        Table t = new Table("s0.t1", new Text("s0.t1").prose(), 1, 1,
                List.of(new Row("s0.t1.r1", 1, false, new Text("s0.t1.r1").prose(), List.of(c))));
        return ScriptTrees.script(new Paragraph("s0.p1", new Text("s0.p1").add(paragraph).prose()), t);
    }

    @Test
    void theDeclaredVarietyWins() {
        ReadingScript s = withText("The color of the center.", "");
        ReadingScript declared = new ReadingScript(s.version(), s.title(), s.language(), "british", s.chapters(), s.warnings());
        assertThat(VarietyGuess.of(declared, EnglishVariety.AMERICAN)).isEqualTo(EnglishVariety.BRITISH);
    }

    @Test
    void spellingsInsideBlocksVoteToo() {
        assertThat(VarietyGuess.of(withText("The colour.", "A center, a color, organized."), EnglishVariety.BRITISH))
                .isEqualTo(EnglishVariety.AMERICAN);
    }

    @Test
    void aTieFallsBackToTheDefault() {
        assertThat(VarietyGuess.of(withText("No clue here.", ""), EnglishVariety.AMERICAN)).isEqualTo(EnglishVariety.AMERICAN);
    }

    @Test
    void aLongRunOfCombiningMarksIsReadOnce() {
        // a \\b search looked back over every mark at every position: 100,000 marks took over a minute
        String marks = "a" + "\u0301".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThat(VarietyGuess.of(
                withText(marks + " the colour " + marks + " organisation", marks), EnglishVariety.AMERICAN))
                .isEqualTo(EnglishVariety.BRITISH));
    }

    @Test
    void wordsAreWholeWords() {
        assertThat(VarietyGuess.of(withText("colours and uncolour and centres", ""), EnglishVariety.AMERICAN))
                .as("no British spelling stands as a whole word").isEqualTo(EnglishVariety.AMERICAN);
        assertThat(VarietyGuess.of(withText("civilisation, Colour, RECOGNISED", ""), EnglishVariety.AMERICAN))
                .isEqualTo(EnglishVariety.BRITISH);
    }
}
