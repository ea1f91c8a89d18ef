package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.audio.Items.heading;
import static org.lector.audio.Items.item;
import static org.lector.audio.Items.paragraph;
import static org.lector.audio.Items.spoken;
import static org.lector.audio.Items.title;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.script.Role;

class ProsodyTest {
    private static final Chapter GREAT_TERROR = new Chapter(3, "The Great Terror", "s9.h", List.of(
            heading("s9.h", 2, "The Great Terror"),
            paragraph("s9.p1", "Stalin often gave conflicting signals."),
            item("s9.q1", Role.QUOTE, 0, "Quotation: Life has become better. End of quotation."),
            heading("s10.h", 3, "Aftermath"),
            spoken("s10.g1", Role.FIGURE_GROUP, "", "Group of two images."),
            spoken("s10.x", Role.PARAGRAPH, "ignored", ""),
            paragraph("s10.p1", "It ended in 1938.")));

    @Test
    void theChapterHeadingIsAnnouncedWithItsNumberInWords() {
        SpokenItem first = Prosody.plan(GREAT_TERROR).get(0);
        assertThat(first.speech()).isEqualTo("Chapter three: The Great Terror.");
        assertThat(first.caption()).isEqualTo("Chapter 3: The Great Terror");
    }

    @Test
    void theFirstChapterIsAnnouncedByTheArticleTitleAlone() {
        Chapter one = new Chapter(1, "Louis Braille", "t", List.of(title("Louis Braille"), paragraph("p", "He taught.")));
        assertThat(Prosody.plan(one).get(0).speech()).isEqualTo("Louis Braille.");
    }

    @Test
    void subsectionHeadingsAreReadAsTheyAreWithTheLongestPauseBefore() {
        List<SpokenItem> plan = Prosody.plan(GREAT_TERROR);
        SpokenItem quote = plan.get(2);
        SpokenItem subheading = plan.get(3);
        assertThat(subheading.speech()).isEqualTo("Aftermath");
        int beforeHeading = Prosody.between(quote, subheading);
        int afterParagraph = Prosody.between(plan.get(1), quote);
        assertThat(beforeHeading).isGreaterThan(afterParagraph).isGreaterThan(Prosody.between(subheading, plan.get(4)));
    }

    @Test
    void quotationsAndFiguresAreSetApartOnBothSides() {
        List<SpokenItem> plan = Prosody.plan(GREAT_TERROR);
        SpokenItem paragraph = plan.get(1);
        SpokenItem quote = plan.get(2);
        // the silence before a quotation is longer than the one a paragraph alone leaves
        assertThat(Prosody.between(paragraph, quote)).isGreaterThan(paragraph.pauseAfterMs());
        assertThat(quote.pauseAfterMs()).isGreaterThan(paragraph.pauseAfterMs());
        SpokenItem figureGroup = plan.get(4);
        assertThat(figureGroup.pauseBeforeMs()).isPositive();
    }

    @Test
    void betweenTwoItemsTheLongerPauseCountsNotTheSumAndEveryFileStartsWithALeadIn() {
        SpokenItem a = new SpokenItem("a", 0, "x", 700, "x");
        SpokenItem b = new SpokenItem("b", 1500, "y", 700, "y");
        assertThat(Prosody.between(a, b)).isEqualTo(1500);
        assertThat(Prosody.between(b, a)).isEqualTo(700);
        assertThat(Prosody.between(null, a)).isEqualTo(Prosody.LEAD_IN_MS);
    }

    @Test
    void aNotesCaptionShowsItsLabel() {
        org.lector.script.ScriptItem note = new org.lector.script.ScriptItem("notes.12", Role.NOTE, 0, "Kotkin 2014, p. 426.",
                List.of(), List.of(), null, "Note twelve: Kotkin, twenty fourteen, page four hundred and twenty six.",
                java.util.Map.of("label", "12"));
        assertThat(Prosody.caption(note)).isEqualTo("[12] Kotkin 2014, p. 426.");
    }

    @Test
    void itemsWithNothingToSayAreLeftOutAndCaptionsFallBackToSpeech() {
        List<SpokenItem> plan = Prosody.plan(GREAT_TERROR);
        assertThat(plan).extracting(SpokenItem::id).doesNotContain("s10.x");
        assertThat(plan.get(4).caption()).isEqualTo("Group of two images.");
        assertThat(plan.get(5).caption()).isEqualTo("It ended in 1938.");
    }
}
