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
import org.lector.script.ScriptItem;

class ChapterSplitterTest {
    private static List<String> ids(Chapter c) {
        return c.items().stream().map(ScriptItem::id).toList();
    }

    @Test
    void titleAndLeadThenOneChapterPerTopSectionWithItsSubsectionsThenNotes() {
        List<Chapter> chapters = ChapterSplitter.split("Louis Braille", List.of(
                title("Louis Braille"), paragraph("s0.p1", "Louis Braille was a French educator."),
                heading("s1.h", 2, "Early life"), paragraph("s1.p1", "He was born in Coupvray."),
                heading("s2.h", 3, "Accident"), paragraph("s2.p1", "He injured an eye."),
                heading("s3.h", 2, "Legacy"), paragraph("s3.p1", "Braille is used worldwide."),
                heading("notes.h", 2, "Notes"), item("notes.1", Role.NOTE, 0, "Note one: Mellor, two thousand and six.")));
        assertThat(chapters).extracting(Chapter::title).containsExactly("Louis Braille", "Early life", "Legacy", "Notes");
        assertThat(chapters).extracting(Chapter::number).containsExactly(1, 2, 3, 4);
        assertThat(ids(chapters.get(0))).containsExactly("t", "s0.p1");
        assertThat(ids(chapters.get(1))).containsExactly("s1.h", "s1.p1", "s2.h", "s2.p1");
        assertThat(chapters.get(1).announcedItemId()).isEqualTo("s1.h");
        assertThat(ids(chapters.get(3))).containsExactly("notes.h", "notes.1");
    }

    @Test
    void aLevelHoldingASingleSectionWrapsTheBodyAndTheLevelBelowGivesTheChapters() {
        // the seed's shape: one level-2 heading with a hatnote, the periods at level 3
        List<Chapter> chapters = ChapterSplitter.split("Joseph Stalin", List.of(
                title("Joseph Stalin"),
                heading("s1.h", 2, "Consolidation of power"), item("s1.a1", Role.HATNOTE, 0, "Main article: Rise to power"),
                heading("s2.h", 3, "Succeeding Lenin"), paragraph("s2.p1", "Lenin died."),
                heading("s3.h", 3, "Collectivisation"), heading("s4.h", 4, "Economic policy"), paragraph("s4.p1", "Grain."),
                heading("notes.h", 2, "Notes"), item("notes.1", Role.NOTE, 0, "Note one.")));
        assertThat(ChapterSplitter.topLevel(chapters.stream().flatMap(c -> c.items().stream()).toList())).isEqualTo(3);
        assertThat(chapters).extracting(Chapter::title)
                .containsExactly("Joseph Stalin", "Succeeding Lenin", "Collectivisation", "Notes");
        // the wrapping heading and its hatnote open the chapter they introduce, which is announced by its own heading
        assertThat(ids(chapters.get(1))).containsExactly("s1.h", "s1.a1", "s2.h", "s2.p1");
        assertThat(chapters.get(1).announcedItemId()).isEqualTo("s2.h");
        assertThat(ids(chapters.get(2))).containsExactly("s3.h", "s4.h", "s4.p1");
    }

    @Test
    void aWrappingHeadingWithProseOfItsOwnIsAChapter() {
        List<Chapter> chapters = ChapterSplitter.split("A", List.of(
                title("A"), heading("s1.h", 2, "History"), paragraph("s1.p1", "An overview."),
                heading("s2.h", 3, "Early"), paragraph("s2.p1", "x."), heading("s3.h", 3, "Late"), paragraph("s3.p1", "y.")));
        assertThat(chapters).extracting(Chapter::title).containsExactly("A", "History", "Early", "Late");
    }

    @Test
    void chaptersWithNothingToSayAreLeftOutAndTheRestNumberedWithoutGaps() {
        // --citations inline: the speech stage gives the Notes heading and its notes no speech
        List<Chapter> chapters = ChapterSplitter.split("A", List.of(
                title("A"), heading("s1.h", 2, "One"), paragraph("s1.p1", "x."), heading("s2.h", 2, "Two"),
                paragraph("s2.p1", "y."), spoken("notes.h", Role.HEADING, "Notes", ""),
                spoken("notes.1", Role.NOTE, "Mellor 2006.", "")));
        assertThat(chapters).extracting(Chapter::title).containsExactly("A", "One", "Two");
        assertThat(chapters).extracting(Chapter::number).containsExactly(1, 2, 3);
    }

    @Test
    void anArticleWithoutHeadingsIsOneChapterAndAnEmptyOneHasNone() {
        assertThat(ChapterSplitter.split("A", List.of(title("A"), paragraph("p1", "x."), paragraph("p2", "y."))))
                .singleElement().satisfies(c -> assertThat(ids(c)).containsExactly("t", "p1", "p2"));
        assertThat(ChapterSplitter.split("A", List.of())).isEmpty();
        assertThat(ChapterSplitter.split("A", List.of(spoken("t", Role.TITLE, "A", " ")))).isEmpty();
    }
}
