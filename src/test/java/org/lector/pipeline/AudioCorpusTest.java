package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.lector.audio.ChapterFileNames;
import org.lector.audio.FakeEngine;
import org.lector.audio.SpokenIds;
import org.lector.audio.VoiceProfiles;
import org.lector.config.LectorHome;
import org.lector.script.ReadingScript;
import org.lector.script.TimedScript.SentenceTime;
import org.lector.script.TimedScript.TimedChapter;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;

/**
 * Every article of the corpus (every export page too) through the audiobook writer once. Real
 * synthesis of the whole corpus would take many hours of audio, so a stand-in engine gives one
 * sample per character (the seed gets the real voice in AudioSeedTest); what is checked here is
 * everything around the voice: chapters, sentence timings, names, captions, warnings, on real structure.
 */
class AudioCorpusTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    private static final Map<String, ReadingScript> SCRIPTS = new LinkedHashMap<>();
    private static final Map<String, Audiobook> BOOKS = new LinkedHashMap<>();
    private static final Map<String, Path> DIRS = new LinkedHashMap<>();
    private static Path root;

    @BeforeAll
    static void convertAll() throws IOException {
        root = Files.createTempDirectory("lector-audio-corpus");
        ArticleConverter converter = new ArticleConverter();
        AudiobookWriter writer = new AudiobookWriter(AudioOptions.defaults(HOME).withFormat(AudioFileFormat.WAV),
                VoiceProfiles.shipped(HOME), Map.of("freetts", new FakeEngine(8000, 1, null)), Slugs::slug, AudioProgressListener.NONE);
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
    void everyArticleBecomesChaptersWithEverySpokenSentenceTimedOnceInOrder() {
        assertThat(BOOKS).hasSize(17);
        BOOKS.forEach((name, book) -> {
            assertThat(book.timed().chapters()).as(name).isNotEmpty();
            List<String> timed = new ArrayList<>();
            book.timed().chapters().forEach(c -> c.sentences().forEach(t -> timed.add(t.sentenceId())));
            List<String> spoken = new ArrayList<>();
            SCRIPTS.get(name).chapters().forEach(c -> spoken.addAll(SpokenIds.of(c)));
            assertThat(timed).as(name).containsExactlyElementsOf(spoken);
        });
    }

    @Test
    void timesIncreaseInsideEveryChapterAndEachSentenceHasOneCueWithItsTime() throws IOException {
        for (Map.Entry<String, Audiobook> e : BOOKS.entrySet()) {
            String name = e.getKey();
            for (TimedChapter c : e.getValue().timed().chapters()) {
                long previous = 0;
                List<String> expected = new ArrayList<>();
                for (SentenceTime t : c.sentences()) {
                    assertThat(t.startSample()).as(name + " " + t).isGreaterThanOrEqualTo(previous).isLessThan(t.endSample());
                    previous = t.endSample();
                    expected.add(t.sentenceId() + "\n" + timestamp(t.startSample(), c.sampleRate()) + " --> "
                            + timestamp(t.endSample(), c.sampleRate()));
                }
                assertThat(previous).as(name + " " + c.file()).isLessThan(c.samples());
                String vtt = Files.readString(DIRS.get(name).resolve(ChapterFileNames.captions(c.file())), StandardCharsets.UTF_8);
                String[] cues = vtt.substring("WEBVTT\n\n".length()).split("\n\n");
                assertThat(cues).as(name + " " + c.file()).hasSize(expected.size());
                for (int i = 0; i < cues.length; i++) {
                    String[] lines = cues[i].split("\n");
                    assertThat(lines).as(name + " " + cues[i]).hasSize(3);
                    assertThat(lines[0] + "\n" + lines[1]).isEqualTo(expected.get(i));
                    assertThat(lines[2]).as(name + " " + cues[i]).isNotBlank();
                }
            }
        }
    }

    /** The WebVTT time of a sample, worked out here again: milliseconds rounded half up. */
    private static String timestamp(long sample, int rate) {
        long ms = (sample * 1000 + rate / 2) / rate;
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    @Test
    void chapterFilesAreDistinctNumberedAndWritten() {
        BOOKS.forEach((name, book) -> {
            Set<String> files = new HashSet<>();
            for (TimedChapter c : book.timed().chapters()) {
                assertThat(c.file()).as(name).matches("\\d{2,}-[^/\\\\]+\\.wav");
                assertThat(c.file()).as(name).startsWith(String.format(Locale.ROOT, "%02d-", c.number()));
                assertThat(files.add(c.file())).as(name + " " + c.file()).isTrue();
                assertThat(DIRS.get(name).resolve(c.file())).as(name).isRegularFile();
                assertThat(DIRS.get(name).resolve(ChapterFileNames.captions(c.file()))).as(name).isRegularFile();
            }
            assertThat(DIRS.get(name).resolve("chapters.json")).isRegularFile();
            assertThat(DIRS.get(name).resolve("playlist.m3u8")).isRegularFile();
        });
    }

    @Test
    void largeArticlesGetManyChaptersAndForeignOnesAWarning() {
        List<TimedChapter> obama = book("barack-obama.wiki").timed().chapters();
        assertThat(obama).hasSizeGreaterThan(8);
        assertThat(obama.get(0).title()).isEqualTo("Barack Obama");
        assertThat(obama.get(obama.size() - 1).title()).isEqualTo("Notes");
        assertThat(book("kerala-ml.wiki").warnings()).anyMatch(w -> w.contains("'ml'"));
        assertThat(book("mozilla-firefox-de.wiki").warnings()).anyMatch(w -> w.contains("'de'"));
        assertThat(book("belgium.wiki").warnings()).isEmpty();
    }

    private static Audiobook book(String file) {
        return BOOKS.entrySet().stream().filter(e -> e.getKey().startsWith(file + " / ")).findFirst().orElseThrow().getValue();
    }
}
