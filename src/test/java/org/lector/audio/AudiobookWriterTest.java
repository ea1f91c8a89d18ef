package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lector.audio.Items.body;
import static org.lector.audio.Items.chapter;
import static org.lector.audio.Items.heading;
import static org.lector.audio.Items.lead;
import static org.lector.audio.Items.paragraph;
import static org.lector.audio.Items.script;
import static org.lector.audio.Items.section;
import static org.lector.audio.Items.spoken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.config.LectorHome;
import org.lector.script.Chapter;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.ScriptBlock.Note;
import org.lector.script.ScriptBlock.NoteKind;
import org.lector.script.SectionRole;
import org.lector.script.TimedScript;
import org.lector.script.TimedScript.SentenceTime;
import org.lector.script.TimedScript.TimedChapter;

/** The writer with a fake engine of known speed, so every time and sample count can be worked out by hand. */
class AudiobookWriterTest {
    private static final Pattern CUE = Pattern.compile("\\n\\n(\\S+)\\n(\\d\\d):(\\d\\d):(\\d\\d\\.\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d\\.\\d{3})\\n");

    @TempDir
    Path tmp;

    /** 100 samples per character at 1000 samples a second; fails on the Malayalam letter ka. */
    private final FakeEngine engine = new FakeEngine(1000, 100, "\u0D15");

    private Audiobook write(ReadingScript script, VoiceProfiles voices, int threads) throws Exception {
        return write(script, voices, threads, tmp);
    }

    private Audiobook write(ReadingScript script, VoiceProfiles voices, int threads, Path dir) throws Exception {
        AudioOptions options = new AudioOptions(AudioFileFormat.WAV, "kevin16", null, null, threads, LectorHome.of(tmp));
        return new AudiobookWriter(options, voices, Map.of("freetts", engine), t -> t.toLowerCase().replace(' ', '-'),
                AudioProgressListener.NONE).write(script, dir);
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

    private static ReadingScript abGh() {
        return script("Ab", "en", lead("Ab", paragraph("s0.p1", "Cd.", "Ef.")),
                chapter(2, "Gh", "s1.h", "Chapter two: Gh.", body("s1", heading("s1.h", 2, "Gh"), paragraph("s1.p1", "Ij."))));
    }

    private String read(String file) throws Exception {
        return Files.readString(tmp.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void sentenceTimesAreExactSampleCountsOfSpeechAndPlannedSilence() throws Exception {
        Audiobook book = write(abGh(), profiles(""), 1);
        assertThat(book.chapterCount()).isEqualTo(2);
        TimedChapter one = book.timed().chapters().get(0);
        // 300 ms lead-in = 300 samples; the announcement "Ab." = 3 chars = 300 samples; 1200 ms
        // after it; "Cd." and "Ef." spoken as two sentences, 300 samples each; 1000 ms tail
        assertThat(one.sentences()).containsExactly(new SentenceTime("t.1", 300, 600),
                new SentenceTime("s0.p1.1", 1800, 2100), new SentenceTime("s0.p1.2", 2100, 2400));
        assertThat(one.samples()).isEqualTo(2400 + 1000);
        assertThat(one.sampleRate()).isEqualTo(1000);
        assertThat(Files.size(tmp.resolve(one.file()))).isEqualTo(44 + 2 * one.samples());
        TimedChapter two = book.timed().chapters().get(1);
        assertThat(two.number()).isEqualTo(2);
        assertThat(two.file()).isEqualTo("02-gh.wav");
        // "Chapter two: Gh." is 16 characters, in place of the heading's own sentence
        assertThat(two.sentences()).containsExactly(new SentenceTime("s1.h.1", 300, 1900), new SentenceTime("s1.p1.1", 3100, 3400));
        assertThat(engine.spoken).contains("Chapter two: Gh.").doesNotContain("Gh");
        assertThat(book.seconds()).isEqualTo(3.4 + 4.4);
    }

    @Test
    void anInfoboxIsMarkedSkippableFromItsFirstSpokenSentenceToTheEndOfItsLast() throws Exception {
        ScriptBlock.Infobox box = new ScriptBlock.Infobox("s0.x1", Items.prose("s0.x1", "Infobox: Ab, two facts."), List.of(
                new ScriptBlock.InfoboxEntry("s0.x1.e1", "Cd", spoken("s0.x1.e1", "ef.", "Cd: ef.")),
                new ScriptBlock.InfoboxEntry("s0.x1.e2", "Gh", spoken("s0.x1.e2", "ij.", "Gh: ij."))));
        Audiobook book = write(script("Ab", "en", lead("Ab", box, paragraph("s0.p1", "Kl."))), profiles(""), 1);
        TimedChapter one = book.timed().chapters().get(0);
        // lead-in 300, "Ab." 300 to 600, 1200 after the announcement: the title 1800 to 4100 (23 chars),
        // 800 around it, "Cd: ef." 4900 to 5600, 500 between facts, "Gh: ij." 6100 to 6800, 800 after
        assertThat(one.skippable()).containsExactly(new TimedScript.SkippableTime("s0.x1", "infobox", 1800, 6800));
        assertThat(one.sentences()).extracting(SentenceTime::sentenceId)
                .containsExactly("t.1", "s0.x1.1", "s0.x1.e1.1", "s0.x1.e2.1", "s0.p1.1");
        JsonNode json = new ObjectMapper().readTree(read("chapters.json"));
        JsonNode skippable = json.get("chapters").get(0).get("skippable").get(0);
        assertThat(skippable.get("id").asText()).isEqualTo("s0.x1");
        assertThat(skippable.get("kind").asText()).isEqualTo("infobox");
        assertThat(skippable.get("start").decimalValue()).isEqualByComparingTo("1.800");
        assertThat(skippable.get("end").decimalValue()).isEqualByComparingTo("6.800");
        assertThat(one.sentences().get(4)).isEqualTo(new SentenceTime("s0.p1.1", 7600, 7900));
        // the print text of a fact is its value; its caption shows the label the voice says too
        assertThat(read("01-ab.vtt")).contains("s0.x1.e1.1\n00:00:04.900 --> 00:00:05.600\nCd: ef.\n");
    }

    @Test
    void captionsHaveOneCuePerSpokenSentenceNamedByItsIdShowingThePrintText() throws Exception {
        ReadingScript script = script("Ab", "en", lead("Ab",
                new ScriptBlock.Paragraph("s0.p1", spoken("s0.p1", "It ended in 1938.", "It ended in nineteen thirty eight.",
                        "A <b> & c.", "A b and c."))));
        write(script, profiles(""), 1);
        assertThat(read("01-ab.vtt")).isEqualTo("""
                WEBVTT

                t.1
                00:00:00.300 --> 00:00:00.600
                Ab

                s0.p1.1
                00:00:01.800 --> 00:00:05.200
                It ended in 1938.

                s0.p1.2
                00:00:05.200 --> 00:00:06.200
                A &lt;b&gt; &amp; c.
                """);
    }

    @Test
    void chaptersJsonGivesEverySentenceTheTimesOfItsCueInFixedDecimals() throws Exception {
        write(abGh(), profiles(""), 1);
        String json = read("chapters.json");
        assertThat(json).contains("\"start\" : 0.300", "\"end\" : 2.100", "\"duration\" : 3.400", "\"duration\" : 7.800");
        JsonNode chapters = new ObjectMapper().readTree(json).get("chapters");
        assertThat(chapters).hasSize(2);
        for (JsonNode c : chapters) {
            assertThat(c.get("captions").asText()).isEqualTo(c.get("file").asText().replace(".wav", ".vtt"));
            List<String> fromJson = new ArrayList<>();
            c.get("sentences").forEach(s -> fromJson.add(s.get("id").asText() + " " + millis(s.get("start"))
                    + " " + millis(s.get("end"))));
            assertThat(cues(read(c.get("captions").asText()))).containsExactlyElementsOf(fromJson);
        }
    }

    private static BigDecimal millis(JsonNode seconds) {
        return seconds.decimalValue().setScale(3, RoundingMode.UNNECESSARY);
    }

    /** "id start end" of every cue, the times in seconds as chapters.json writes them. */
    private static List<String> cues(String vtt) {
        List<String> out = new ArrayList<>();
        Matcher m = CUE.matcher(vtt);
        while (m.find()) {
            out.add(m.group(1) + " " + seconds(m, 2) + " " + seconds(m, 5));
        }
        return out;
    }

    private static String seconds(Matcher m, int group) {
        long ms = Math.round((Integer.parseInt(m.group(group)) * 3600 + Integer.parseInt(m.group(group + 1)) * 60
                + Double.parseDouble(m.group(group + 2))) * 1000);
        return BigDecimal.valueOf(ms, 3).toString();
    }

    @Test
    void aChapterWithNothingToSayIsNotRecordedAndTheOthersKeepTheScriptsNumbers() throws Exception {
        // --citations inline: the notes chapter is there, but its sentences have no speech
        Note silent = new Note("notes.1", "1", "", NoteKind.CITATION, List.of(), spoken("notes.1", "Mellor 2006.", ""));
        ReadingScript script = script("Ab", "en", lead("Ab", paragraph("s0.p1", "Cd.")),
                chapter(2, "Gh", "s1.h", "Chapter two: Gh.", body("s1", heading("s1.h", 2, "Gh"), paragraph("s1.p1", "Ij."))),
                notes(3, new ScriptBlock.Heading("notes.h", 2, spoken("notes.h", "Notes", "")), silent));
        Audiobook book = write(script, profiles(""), 2);
        assertThat(book.timed().chapters()).extracting(TimedChapter::number).containsExactly(1, 2);
        assertThat(book.timed().chapters()).extracting(TimedChapter::file).containsExactly("01-ab.wav", "02-gh.wav");
        assertThat(tmp.resolve("03-notes.wav")).doesNotExist();
        assertThat(read("playlist.m3u8")).doesNotContain("notes");
    }

    @Test
    void notesThatSpeakAreTheLastChapterCaptionedWithTheirLabels() throws Exception {
        Note note = new Note("notes.1", "1", "", NoteKind.CITATION, List.of(),
                spoken("notes.1", "Mellor 2006, p. 3.", "Note one: Mellor, two thousand and six, page three."));
        ReadingScript script = script("Ab", "en", lead("Ab", paragraph("s0.p1", "Cd.")),
                notes(2, heading("notes.h", 2, "Notes"), note));
        write(script, profiles(""), 1);
        assertThat(read("02-notes.vtt")).contains("\nnotes.h.1\n").contains("\nnotes.1.1\n").endsWith("\n[1] Mellor 2006, p. 3.\n");
    }

    private static Chapter notes(int number, ScriptBlock.Heading heading, Note... notes) {
        return new Chapter(number, SectionRole.NOTES, "Notes", "notes.h", "Chapter " + number + ": Notes.",
                List.of(section("notes", SectionRole.NOTES, heading, notes)));
    }

    @Test
    void theVoiceLexiconIsAppliedToWhatTheVoiceIsGiven() throws Exception {
        write(script("A", "en", lead("A", paragraph("s0.p1", "Born in Coupvray."))), profiles("voice.pls"), 1);
        assertThat(engine.spoken).contains("Born in Coo vray.");
        // the captions keep the print spelling
        assertThat(read("01-a.vtt")).contains("Born in Coupvray.");
    }

    @Test
    void aSentenceTheEngineCannotSpeakIsAWarningNotAFailureAndHasNoCue() throws Exception {
        ReadingScript script = script("A", "ml", lead("A", paragraph("s0.p1", "Fine.", "\u0D15\u0D47\u0D30\u0D33\u0D02.", "Fine again.")));
        Audiobook book = write(script, profiles(""), 1);
        assertThat(book.warnings()).anyMatch(w -> w.contains("'ml'") && w.contains("kevin16"));
        assertThat(book.warnings()).anyMatch(w -> w.contains("sentence s0.p1.2") && w.contains("could not be spoken"));
        assertThat(engine.spoken).contains("Fine.", "Fine again.");
        assertThat(book.timed().chapters().get(0).sentences()).extracting(SentenceTime::sentenceId)
                .containsExactly("t.1", "s0.p1.1", "s0.p1.3");
        assertThat(cues(read("01-a.vtt"))).hasSize(3);
    }

    @Test
    void anEmptyArticleWritesAnEmptyBookAndSaysSo() throws Exception {
        Audiobook book = write(script("A", "en"), profiles(""), 2);
        assertThat(book.timed().chapters()).isEmpty();
        assertThat(book.warnings()).anyMatch(w -> w.contains("nothing to speak"));
        assertThat(read("playlist.m3u8")).startsWith("#EXTM3U\n");
        assertThat(read("chapters.json")).contains("\"chapters\" : [ ]");
    }

    @Test
    void manyChaptersOnManyThreadsComeOutInOrderIdenticalToOneThreadWithACuePerSpokenSentence() throws Exception {
        List<Chapter> chapters = new ArrayList<>(List.of(lead("Book", paragraph("s0.p1", "Intro."))));
        for (int i = 1; i <= 12; i++) {
            String[] words = new String[i * 3];
            Arrays.fill(words, "Words.");
            chapters.add(chapter(i + 1, "Part " + i, "s" + i + ".h", "Chapter " + (i + 1) + ": Part " + i + ".",
                    body("s" + i, heading("s" + i + ".h", 2, "Part " + i), paragraph("s" + i + ".p", words))));
        }
        ReadingScript script = script("Book", "en", chapters.toArray(Chapter[]::new));
        VoiceProfiles voices = profiles("");
        TimedScript serial = write(script, voices, 1, Files.createDirectory(tmp.resolve("serial"))).timed();
        TimedScript parallel = write(script, voices, 4).timed();
        assertThat(parallel).isEqualTo(serial);
        assertThat(parallel.chapters().get(12).file()).isEqualTo("13-part-12.wav");
        for (int i = 0; i < script.chapters().size(); i++) {
            List<String> spoken = SpokenIds.of(script.chapters().get(i));
            TimedChapter timed = parallel.chapters().get(i);
            assertThat(timed.sentences()).extracting(SentenceTime::sentenceId).containsExactlyElementsOf(spoken);
            assertThat(cues(read(ChapterFileNames.captions(timed.file())))).hasSize(spoken.size());
            long previous = 0;
            for (SentenceTime t : timed.sentences()) {
                assertThat(t.startSample()).isGreaterThanOrEqualTo(previous).isLessThan(t.endSample());
                previous = t.endSample();
            }
            assertThat(previous).isLessThan(timed.samples());
        }
    }

    @Test
    void anUnknownVoiceNamesTheAvailableOnes() throws Exception {
        VoiceProfiles voices = profiles("");
        AudioOptions options = new AudioOptions(AudioFileFormat.MP3, "hal9000", null, null, 1, LectorHome.of(tmp));
        assertThatThrownBy(() -> new AudiobookWriter(options, voices, Map.of("freetts", engine), t -> t, AudioProgressListener.NONE))
                .isInstanceOf(AudioException.class).hasMessageContaining("unknown voice 'hal9000'").hasMessageContaining("kevin16");
    }
}
