package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.audio.AudioFileFormat;
import org.lector.audio.AudioOptions;
import org.lector.audio.AudioProgressListener;
import org.lector.audio.Audiobook;
import org.lector.audio.AudiobookWriter;
import org.lector.audio.FakeEngine;
import org.lector.audio.ItemTiming;
import org.lector.audio.RecordedChapter;
import org.lector.audio.VoiceProfiles;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptItem;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;

/**
 * Every article of the corpus (every export page too) through the audiobook writer once. Real
 * synthesis of the whole corpus would take many hours of audio, so a stand-in engine gives one
 * sample per character (the seed gets the real voice in AudioSeedTest); what is checked here is
 * everything around the voice: chapters, timings, names, captions, warnings, on real structure.
 */
class AudioCorpusTest {
    private static final Map<String, ReadingScript> SCRIPTS = new LinkedHashMap<>();
    private static final Map<String, Audiobook> BOOKS = new LinkedHashMap<>();
    private static final Map<String, Path> DIRS = new LinkedHashMap<>();
    private static Path root;

    @BeforeAll
    static void convertAll() throws IOException {
        root = Files.createTempDirectory("lector-audio-corpus");
        ArticleConverter converter = new ArticleConverter();
        AudiobookWriter writer = new AudiobookWriter(AudioOptions.defaults().withFormat(AudioFileFormat.WAV),
                VoiceProfiles.shipped(), Map.of("freetts", new FakeEngine(8000, 1, null)), Slugs::slug, AudioProgressListener.NONE);
        int n = 0;
        for (Path file : Corpus.files("")) {
            try (ArticleStream in = ArticleReader.open(file)) {
                while (in.hasNext()) {
                    ReadingScript s = converter.toScript(in.next());
                    String name = file.getFileName() + " / " + s.title();
                    Path dir = Files.createDirectories(root.resolve("a" + n++));
                    SCRIPTS.put(name, s);
                    BOOKS.put(name, writer.write(s, dir));
                    DIRS.put(name, dir);
                }
            }
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (root != null) {
            try (var files = Files.walk(root)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyArticleBecomesChaptersWithEverySpokenItemTimedOnceInOrder() {
        assertThat(BOOKS).hasSize(17);
        BOOKS.forEach((name, book) -> {
            assertThat(book.chapters()).as(name).isNotEmpty();
            List<String> timed = new ArrayList<>();
            book.chapters().forEach(c -> c.items().forEach(t -> timed.add(t.id())));
            List<String> spoken = SCRIPTS.get(name).items().stream()
                    .filter(i -> i.speech() != null && !i.speech().isBlank()).map(ScriptItem::id).toList();
            assertThat(timed).as(name).containsExactlyElementsOf(spoken);
        });
    }

    @Test
    void timesIncreaseInsideEveryChapterAndCaptionsStayInsideTheirItems() {
        BOOKS.forEach((name, book) -> {
            for (RecordedChapter c : book.chapters()) {
                long previous = 0;
                for (ItemTiming t : c.items()) {
                    assertThat(t.startSample()).as(name + " " + t).isGreaterThan(previous).isLessThan(t.endSample());
                    previous = t.endSample();
                }
                assertThat(previous).as(name + " " + c.file()).isLessThan(c.samples());
                long cueEnd = 0;
                for (var cue : c.cues()) {
                    assertThat(cue.startSample()).as(name + " " + cue).isGreaterThanOrEqualTo(cueEnd);
                    assertThat(cue.endSample()).as(name + " " + cue).isGreaterThan(cue.startSample());
                    assertThat(cue.text()).as(name + " " + cue).isNotBlank();
                    cueEnd = cue.endSample();
                }
            }
        });
    }

    @Test
    void chapterFilesAreDistinctNumberedAndWritten() {
        BOOKS.forEach((name, book) -> {
            Set<String> files = new HashSet<>();
            for (RecordedChapter c : book.chapters()) {
                assertThat(c.file()).as(name).matches("\\d{2,}-[^/\\\\]+\\.wav");
                assertThat(files.add(c.file())).as(name + " " + c.file()).isTrue();
                assertThat(DIRS.get(name).resolve(c.file())).as(name).isRegularFile();
                assertThat(DIRS.get(name).resolve(c.captionsFile())).as(name).isRegularFile();
            }
            assertThat(DIRS.get(name).resolve("chapters.json")).isRegularFile();
            assertThat(DIRS.get(name).resolve("playlist.m3u8")).isRegularFile();
        });
    }

    @Test
    void largeArticlesGetManyChaptersAndForeignOnesAWarning() {
        assertThat(book("barack-obama.wiki").chapters()).hasSizeGreaterThan(8);
        assertThat(book("barack-obama.wiki").chapters().get(0).chapter().title()).isEqualTo("Barack Obama");
        assertThat(book("barack-obama.wiki").chapters().get(book("barack-obama.wiki").chapters().size() - 1).chapter().title())
                .isEqualTo("Notes");
        assertThat(book("kerala-ml.wiki").warnings()).anyMatch(w -> w.contains("'ml'"));
        assertThat(book("mozilla-firefox-de.wiki").warnings()).anyMatch(w -> w.contains("'de'"));
        assertThat(book("belgium.wiki").warnings()).isEmpty();
    }

    private static Audiobook book(String file) {
        return BOOKS.entrySet().stream().filter(e -> e.getKey().startsWith(file + " / ")).findFirst().orElseThrow().getValue();
    }
}
