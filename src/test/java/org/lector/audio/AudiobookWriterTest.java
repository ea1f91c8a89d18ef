package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lector.audio.Items.heading;
import static org.lector.audio.Items.paragraph;
import static org.lector.audio.Items.title;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.script.ReadingScript;

/** The writer with a fake engine of known speed, so every time and sample count can be worked out by hand. */
class AudiobookWriterTest {
    @TempDir
    Path tmp;

    /** 100 samples per character at 1000 samples a second; fails on the Malayalam letter ka. */
    private final FakeEngine engine = new FakeEngine(1000, 100, "\u0D15");

    private Audiobook write(ReadingScript script, VoiceProfiles voices, int threads) throws Exception {
        AudioOptions options = new AudioOptions(AudioFileFormat.WAV, "kevin16", null, null, threads);
        return new AudiobookWriter(options, voices, Map.of("freetts", engine), t -> t.toLowerCase().replace(' ', '-'),
                AudioProgressListener.NONE).write(script, tmp);
    }

    private VoiceProfiles profiles(String lexicons) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("voices"));
        Files.writeString(dir.resolve("kevin16.voice.properties"),
                "voice=kevin16\nengine=freetts\nlexicons=" + lexicons + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("voice.pls"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon" alphabet="ipa" xml:lang="en">
                  <lexeme><grapheme>Coupvray</grapheme><alias>Coo vray</alias></lexeme>
                </lexicon>
                """, StandardCharsets.UTF_8);
        return VoiceProfiles.in(dir);
    }

    @Test
    void itemTimesAreExactSampleCountsOfSpeechAndPlannedSilence() throws Exception {
        ReadingScript script = new ReadingScript("Ab", "en", List.of(title("Ab"), paragraph("p1", "Cd. Ef."),
                heading("s1.h", 2, "Gh"), paragraph("s1.p1", "Ij.")), List.of());
        Audiobook book = write(script, profiles(""), 1);
        assertThat(book.chapters()).hasSize(2);
        RecordedChapter one = book.chapters().get(0);
        // 300 ms lead-in = 300 samples; "Ab." = 3 chars = 300 samples; 1200 ms after the title;
        // "Cd." and "Ef." spoken as two sentences, 300 samples each; 1000 ms tail
        assertThat(one.items()).containsExactly(new ItemTiming("t", 300, 600), new ItemTiming("p1", 1800, 2400));
        assertThat(one.samples()).isEqualTo(2400 + 1000);
        assertThat(one.cues()).extracting(Cue::text).containsExactly("Ab", "Cd.", "Ef.");
        assertThat(one.cues().get(2)).isEqualTo(new Cue("p1#2", 2100, 2400, "Ef."));
        assertThat(Files.size(tmp.resolve(one.file()))).isEqualTo(44 + 2 * one.samples());
        RecordedChapter two = book.chapters().get(1);
        assertThat(two.file()).isEqualTo("02-gh.wav");
        assertThat(engine.spoken).contains("Chapter two: Gh.");
    }

    @Test
    void theVoiceLexiconIsAppliedToWhatTheVoiceIsGiven() throws Exception {
        ReadingScript script = new ReadingScript("A", "en", List.of(title("A"), paragraph("p1", "Born in Coupvray.")), List.of());
        write(script, profiles("voice.pls"), 1);
        assertThat(engine.spoken).contains("Born in Coo vray.");
    }

    @Test
    void aSentenceTheEngineCannotSpeakIsAWarningNotAFailure() throws Exception {
        ReadingScript script = new ReadingScript("A", "ml", List.of(title("A"),
                paragraph("p1", "Fine. \u0D15\u0D47\u0D30\u0D33\u0D02. Fine again.")), List.of());
        Audiobook book = write(script, profiles(""), 1);
        assertThat(book.warnings()).anyMatch(w -> w.contains("'ml'") && w.contains("kevin16"));
        assertThat(book.warnings()).anyMatch(w -> w.contains("item p1") && w.contains("could not be spoken"));
        assertThat(engine.spoken).contains("Fine.", "Fine again.");
    }

    @Test
    void anEmptyArticleWritesAnEmptyBookAndSaysSo() throws Exception {
        Audiobook book = write(new ReadingScript("A", "en", List.of(), List.of()), profiles(""), 2);
        assertThat(book.chapters()).isEmpty();
        assertThat(book.warnings()).anyMatch(w -> w.contains("nothing to speak"));
        assertThat(Files.readString(tmp.resolve("playlist.m3u8"))).startsWith("#EXTM3U\n");
        assertThat(Files.readString(tmp.resolve("chapters.json"))).contains("\"chapters\" : [ ]");
    }

    @Test
    void manyChaptersOnManyThreadsComeOutInOrderAndIdenticalToOneThread() throws Exception {
        List<org.lector.script.ScriptItem> items = new java.util.ArrayList<>(List.of(title("Book")));
        for (int i = 1; i <= 12; i++) {
            items.add(heading("s" + i + ".h", 2, "Part " + i));
            items.add(paragraph("s" + i + ".p", "Words. ".repeat(i * 3)));
        }
        ReadingScript script = new ReadingScript("Book", "en", items, List.of());
        VoiceProfiles voices = profiles("");
        List<RecordedChapter> serial = write(script, voices, 1).chapters();
        List<RecordedChapter> parallel = write(script, voices, 4).chapters();
        assertThat(parallel).extracting(RecordedChapter::file).containsExactlyElementsOf(
                serial.stream().map(RecordedChapter::file).toList());
        assertThat(parallel).extracting(RecordedChapter::items).containsExactlyElementsOf(
                serial.stream().map(RecordedChapter::items).toList());
        assertThat(parallel.get(12).file()).isEqualTo("13-part-12.wav");
    }

    @Test
    void anUnknownVoiceNamesTheAvailableOnes() throws Exception {
        VoiceProfiles voices = profiles("");
        AudioOptions options = new AudioOptions(AudioFileFormat.MP3, "hal9000", null, null, 1);
        assertThatThrownBy(() -> new AudiobookWriter(options, voices, Map.of("freetts", engine), t -> t, AudioProgressListener.NONE))
                .isInstanceOf(AudioException.class).hasMessageContaining("unknown voice 'hal9000'").hasMessageContaining("kevin16");
    }
}
