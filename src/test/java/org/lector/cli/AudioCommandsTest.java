package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audio options and `lector voices` as a user meets them. */
class AudioCommandsTest {
    private static final Path EXAMPLE = Path.of("examples/louis-braille.wiki");

    @TempDir
    Path tmp;

    @Test
    void voicesListsTheShippedProfilesWithTheirSettings() {
        Run r = run("voices");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("kevin16 ", "freetts/kevin16", "150 words/min", "kevin16-slow").doesNotContain("[");
    }

    @Test
    void convertToAudioWritesTheChaptersWithTheChosenFormatAndRate() throws Exception {
        Run r = run("convert", EXAMPLE.toString(), "--to", "audio", "--audio-format", "wav", "--rate", "180",
                "--audio-threads", "1", "--out", tmp.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).containsPattern("audio: \\d+ chapters, [0-9.]+ minutes \\(wav, voice kevin16\\)");
        Path audio = tmp.resolve("louis-braille/audio");
        JsonNode book = new ObjectMapper().readTree(audio.resolve("chapters.json").toFile());
        assertThat(book.get("format").asText()).isEqualTo("wav");
        assertThat(book.get("chapters").get(0).get("file").asText()).isEqualTo("01-louis-braille.wav");
        for (JsonNode c : book.get("chapters")) {
            assertThat(audio.resolve(c.get("file").asText())).isRegularFile();
            assertThat(Files.size(audio.resolve(c.get("file").asText()))).isEqualTo(44 + 2 * c.get("samples").asLong());
        }
        // no staging folder left behind
        try (var entries = Files.list(tmp.resolve("louis-braille"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).allMatch(n -> !n.startsWith("."));
        }
    }

    @Test
    void aFasterRateGivesShorterAudio() throws Exception {
        run("convert", EXAMPLE.toString(), "--to", "audio", "--audio-format", "wav", "--out", tmp.resolve("a").toString());
        run("convert", EXAMPLE.toString(), "--to", "audio", "--audio-format", "wav", "--rate", "220", "--out", tmp.resolve("b").toString());
        ObjectMapper json = new ObjectMapper();
        double normal = json.readTree(tmp.resolve("a/louis-braille/audio/chapters.json").toFile()).get("duration").asDouble();
        double fast = json.readTree(tmp.resolve("b/louis-braille/audio/chapters.json").toFile()).get("duration").asDouble();
        assertThat(fast).isLessThan(normal * 0.85);
    }

    @Test
    void badAudioOptionsAreUsageErrorsInOneLine() {
        Run voice = run("convert", EXAMPLE.toString(), "--to", "audio", "--voice", "hal9000", "--out", tmp.toString());
        assertThat(voice.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(voice.err()).startsWith("lector: unknown voice 'hal9000' (available: kevin16, kevin16-slow");
        Run format = run("convert", EXAMPLE.toString(), "--to", "audio", "--audio-format", "ogg", "--out", tmp.toString());
        assertThat(format.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(format.err()).contains("unknown audio format 'ogg' (mp3, wav)");
        Run rate = run("convert", EXAMPLE.toString(), "--to", "audio", "--rate", "0", "--out", tmp.toString());
        assertThat(rate.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(rate.err()).contains("--rate must be between");
    }
}
