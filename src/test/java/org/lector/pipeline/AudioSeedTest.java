package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.Mp3File;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.SampleBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.audio.AudioOptions;
import org.lector.audio.AudioProgressListener;
import org.lector.audio.SpokenIds;
import org.lector.config.LectorHome;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;

/**
 * The seed article converted once into its MP3 audiobook; the files are then read back with
 * decoders and parsers that share no code with the writer (JLayer for the audio, mp3agic for the
 * ID3 tags, Jackson for chapters.json) and checked against each other.
 */
class AudioSeedTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    /**
     * How much longer a decoded MP3 may be than the PCM that went in, in samples. LAME puts its
     * encoder delay (576 + 529 samples at MPEG-2 rates) before the audio, pads the last frame to
     * its 576 samples, and its flush can emit up to two more frames (seen on the seed's third
     * chapter: 2293 samples): 1105 + 3 × 576 = 2833 samples, 177 ms. (Players that honour a LAME gapless header trim this; we write none.) Shorter than
     * the PCM is never allowed: no speech may be lost.
     */
    private static final int MP3_SLACK_SAMPLES = 576 + 529 + 3 * 576;

    private static Path dir;
    private static ReadingScript script;
    private static JsonNode chapters;

    @BeforeAll
    static void convert() throws IOException {
        try (ArticleStream in = ArticleReader.open(Corpus.article(Corpus.SEED))) {
            script = new ArticleConverter().toScript(in.next());
        }
        Path staging = Files.createTempDirectory("lector-audio-seed");
        new AudioBackend(AudioOptions.defaults(HOME), AudioProgressListener.NONE).write(new BackendInput(script, "joseph-stalin"), staging);
        dir = staging.resolve("audio");
        chapters = new ObjectMapper().readTree(dir.resolve("chapters.json").toFile());
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (dir != null) {
            try (var files = Files.walk(dir.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<JsonNode> chapterList() {
        List<JsonNode> list = new ArrayList<>();
        chapters.get("chapters").forEach(list::add);
        return list;
    }

    @Test
    void chaptersAreTheTitleTheThreePeriodsAndTheNotes() {
        // The seed's body sits under one level-2 heading ("Consolidation of power"), so its three
        // level-3 periods are the chapters; the notes follow as the last one.
        assertThat(chapterList()).extracting(c -> c.get("title").asText()).containsExactly(
                "Joseph Stalin",
                "1924–1927: Succeeding Lenin",
                "1927–1931: Dekulakisation, collectivisation, and industrialisation",
                "1932–1939: Major crises",
                "Notes");
        assertThat(chapterList()).extracting(c -> c.get("file").asText()).containsExactly(
                "01-joseph-stalin.mp3",
                "02-1924-1927-succeeding-lenin.mp3",
                "03-1927-1931-dekulakisation-collectivisation-and-industrialisation.mp3",
                "04-1932-1939-major-crises.mp3",
                "05-notes.mp3");
        assertThat(chapters.get("title").asText()).isEqualTo("Joseph Stalin");
    }

    @Test
    void everySpokenSentenceIsTimedOnceInReadingOrder() {
        List<String> timed = new ArrayList<>();
        chapterList().forEach(c -> c.get("sentences").forEach(i -> timed.add(i.get("id").asText())));
        List<String> spoken = new ArrayList<>();
        script.chapters().forEach(c -> spoken.addAll(SpokenIds.of(c)));
        assertThat(timed).containsExactlyElementsOf(spoken);
    }

    @Test
    void sentenceTimesIncreaseAndFallInsideTheirChapter() {
        for (JsonNode c : chapterList()) {
            double duration = c.get("duration").asDouble();
            double previousEnd = 0;
            for (JsonNode i : c.get("sentences")) {
                double start = i.get("start").asDouble();
                double end = i.get("end").asDouble();
                assertThat(start).as(i.toString()).isGreaterThanOrEqualTo(previousEnd).isLessThan(end);
                assertThat(end).as(i.toString()).isLessThanOrEqualTo(duration);
                previousEnd = end;
            }
            assertThat(duration).isCloseTo(c.get("samples").asLong() / (double) c.get("sampleRate").asInt(),
                    org.assertj.core.data.Offset.offset(0.001));
        }
    }

    @Test
    void everyChapterDecodesToItsDurationInChaptersJson() throws IOException {
        for (JsonNode c : chapterList()) {
            Path file = dir.resolve(c.get("file").asText());
            Decoded decoded = decode(file);
            assertThat(decoded.sampleRate).isEqualTo(16000);
            long expected = c.get("samples").asLong();
            assertThat(decoded.samples - expected).as(file.toString()).isBetween(0L, (long) MP3_SLACK_SAMPLES);
            // and not silence: a chapter holds speech, whose loudest sample is far above the noise floor
            assertThat(decoded.peak).as(file.toString()).isGreaterThan(8000);
        }
    }

    @Test
    void id3TagsNameTitleAlbumTrackAndArtist() throws Exception {
        List<JsonNode> list = chapterList();
        for (JsonNode c : list) {
            Mp3File mp3 = new Mp3File(dir.resolve(c.get("file").asText()).toString());
            assertThat(mp3.hasId3v2Tag()).isTrue();
            ID3v2 tag = mp3.getId3v2Tag();
            assertThat(tag.getVersion()).isEqualTo("3.0");
            assertThat(tag.getTitle()).isEqualTo(c.get("title").asText());
            assertThat(tag.getAlbum()).isEqualTo("Joseph Stalin");
            assertThat(tag.getTrack()).isEqualTo(c.get("number").asInt() + "/" + list.size());
            assertThat(tag.getArtist()).isEqualTo("Lector");
            assertThat(mp3.getSampleRate()).isEqualTo(16000);
            assertThat(mp3.getBitrate()).isEqualTo(48);
            assertThat(mp3.isVbr()).isFalse();
            assertThat(mp3.getChannelMode()).isEqualTo("Mono");
        }
    }

    @Test
    void playlistListsEveryChapterWithItsDuration() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("playlist.m3u8"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("#EXTM3U");
        List<String> files = new ArrayList<>();
        List<String> infos = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("#EXTINF:")) {
                infos.add(l);
            } else if (!l.startsWith("#") && !l.isBlank()) {
                files.add(l);
            }
        }
        List<JsonNode> list = chapterList();
        assertThat(files).containsExactlyElementsOf(list.stream().map(c -> c.get("file").asText()).toList());
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            assertThat(infos.get(i)).isEqualTo("#EXTINF:" + Math.round(c.get("duration").asDouble()) + "," + c.get("title").asText());
            assertThat(dir.resolve(files.get(i))).isRegularFile();
        }
    }

    private static final Pattern CUE = Pattern.compile(
            "(?m)^(\\S+)\\n(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})\\n(.+)$");

    @Test
    void captionsAreValidWebVttWithOneCuePerSentenceAtItsTime() throws IOException {
        for (JsonNode c : chapterList()) {
            List<String> sentences = new ArrayList<>();
            c.get("sentences").forEach(i -> sentences.add(i.get("id").asText() + " "
                    + Math.round(i.get("start").asDouble() * 1000) + " " + Math.round(i.get("end").asDouble() * 1000)));
            String vtt = Files.readString(dir.resolve(c.get("captions").asText()), StandardCharsets.UTF_8);
            assertThat(vtt).startsWith("WEBVTT\n\n");
            // every block after the header is exactly one cue: id, timing line, one line of text
            String[] blocks = vtt.substring("WEBVTT\n\n".length()).split("\n\n");
            Matcher m = CUE.matcher(vtt);
            List<String> cues = new ArrayList<>();
            while (m.find()) {
                cues.add(m.group(1) + " " + millis(m, 2) + " " + millis(m, 6));
                assertThat(m.group(10)).doesNotContain("-->").isNotBlank();
            }
            assertThat(blocks).hasSize(cues.size());
            assertThat(cues).as("the cues are the sentences of chapters.json, at the same times").containsExactlyElementsOf(sentences);
        }
    }

    @Test
    void chaptersAreAnnouncedAndCaptionsShowThePrintText() throws IOException {
        String vtt = Files.readString(dir.resolve("04-1932-1939-major-crises.vtt"), StandardCharsets.UTF_8);
        // the voice says "Chapter four: …"; the cue shows the heading as printed, under its sentence's id
        Matcher first = CUE.matcher(vtt);
        assertThat(first.find()).isTrue();
        assertThat(first.group(10)).isEqualTo("1932–1939: Major crises");
        assertThat(first.group(1)).isEqualTo(script.chapters().get(3).announced() + ".1");
        // print spelling in captions, not the lexicon's respelling the voice is given
        assertThat(Files.readString(dir.resolve("05-notes.vtt"), StandardCharsets.UTF_8))
                .contains("Khlevniuk").doesNotContain("Khlev nyook");
    }

    private static long millis(Matcher m, int group) {
        return (Integer.parseInt(m.group(group)) * 3600L + Integer.parseInt(m.group(group + 1)) * 60
                + Integer.parseInt(m.group(group + 2))) * 1000 + Integer.parseInt(m.group(group + 3));
    }

    private record Decoded(long samples, int sampleRate, int peak) {
    }

    private static Decoded decode(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Bitstream bits = new Bitstream(in);
            Decoder decoder = new Decoder();
            long samples = 0;
            int rate = 0;
            int peak = 0;
            Header h;
            while ((h = bits.readFrame()) != null) {
                SampleBuffer out = (SampleBuffer) decoder.decodeFrame(h, bits);
                short[] buffer = out.getBuffer();
                for (int i = 0; i < out.getBufferLength(); i++) {
                    peak = Math.max(peak, Math.abs(buffer[i]));
                }
                samples += out.getBufferLength() / out.getChannelCount();
                rate = h.frequency();
                bits.closeFrame();
            }
            return new Decoded(samples, rate, peak);
        } catch (javazoom.jl.decoder.JavaLayerException e) {
            throw new IOException("cannot decode " + file + ": " + e, e);
        }
    }
}
