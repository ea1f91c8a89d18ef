package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingFolderTest {
    @TempDir
    Path article;

    @Test
    void publishedFilesReplaceOldOnesAndNothingTemporaryRemains() throws IOException {
        Files.writeString(article.resolve("a.txt"), "old");
        try (StagingFolder staging = StagingFolder.in(article)) {
            Files.writeString(staging.path().resolve("a.txt"), "new");
            Files.writeString(staging.path().resolve("b.txt"), "b");
            // nothing is visible under the final names before publishing
            assertThat(article.resolve("b.txt")).doesNotExist();
            assertThat(article.resolve("a.txt")).hasContent("old");
            staging.publish();
        }
        assertThat(article.resolve("a.txt")).hasContent("new");
        assertThat(article.resolve("b.txt")).hasContent("b");
        assertThat(names(article)).containsExactlyInAnyOrder("a.txt", "b.txt");
    }

    @Test
    void aPublishedFolderReplacesTheOldFolderWhole() throws IOException {
        // a rerun with fewer chapters must not leave the old run's extra chapter behind
        Files.createDirectories(article.resolve("audio"));
        Files.writeString(article.resolve("audio/01-a.mp3"), "old 1");
        Files.writeString(article.resolve("audio/09-gone.mp3"), "old 9");
        try (StagingFolder staging = StagingFolder.in(article)) {
            Files.createDirectories(staging.path().resolve("audio"));
            Files.writeString(staging.path().resolve("audio/01-a.mp3"), "new 1");
            staging.publish();
        }
        assertThat(names(article.resolve("audio"))).containsExactly("01-a.mp3");
        assertThat(article.resolve("audio/01-a.mp3")).hasContent("new 1");
        assertThat(names(article)).containsExactly("audio");
    }

    @Test
    void aFailedBackendLeavesTheOldOutputAndNoTemporaryFolder() throws IOException {
        Files.writeString(article.resolve("a.txt"), "old");
        try (StagingFolder staging = StagingFolder.in(article)) {
            Files.writeString(staging.path().resolve("a.txt"), "half");
            // no publish(): the backend failed
        }
        assertThat(article.resolve("a.txt")).hasContent("old");
        assertThat(names(article)).containsExactly("a.txt");
    }

    @Test
    void leftoversOfAKilledRunAreRemovedAndOtherFilesKept() throws IOException {
        Files.createDirectories(article.resolve(AtomicFiles.TEMP_PREFIX + "1234/audio"));
        Files.writeString(article.resolve(AtomicFiles.TEMP_PREFIX + "1234/audio/01-a.mp3"), "half");
        Files.writeString(article.resolve(AtomicFiles.TEMP_PREFIX + "x.tmp"), "half");
        Files.writeString(article.resolve("script.txt"), "done");
        StagingFolder.removeLeftovers(article);
        assertThat(names(article)).containsExactly("script.txt");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
