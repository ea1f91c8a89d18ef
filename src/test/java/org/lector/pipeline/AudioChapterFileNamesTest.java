package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lector.audio.ChapterFileNames;

class AudioChapterFileNamesTest {
    private final ChapterFileNames names = new ChapterFileNames(Slugs::slug);

    @Test
    void numberedAndNamedFromTheHeading() {
        assertThat(names.stem(3, 5, "The Great Terror")).isEqualTo("03-the-great-terror");
        assertThat(names.stem(2, 5, "1924–1927: Succeeding Lenin")).isEqualTo("02-1924-1927-succeeding-lenin");
        assertThat(names.stem(1, 1, "Louis Braille")).isEqualTo("01-louis-braille");
    }

    @Test
    void numbersAreWideEnoughToSortInReadingOrder() {
        assertThat(names.stem(7, 120, "Notes")).isEqualTo("007-notes");
        assertThat(names.stem(120, 120, "Notes")).isEqualTo("120-notes");
    }

    @Test
    void titlesThatAreNotFileNamesBecomeSafeOnes() {
        assertThat(names.stem(4, 9, "AC/DC: ../etc?")).isEqualTo("04-ac-dc-etc");
        assertThat(names.stem(5, 9, "Haüy's school")).isEqualTo("05-hauy-s-school");
        assertThat(names.stem(6, 9, "???")).isEqualTo("06-article");
        assertThat(names.stem(8, 9, "കേരളം")).isEqualTo("08-കേരളം");
    }
}
