package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {
    @TempDir
    Path tmp;

    @Test
    void theHeaderIsTheCanonicalPcmHeaderWithTheSizesFilledInAtTheEnd() throws Exception {
        Path file = tmp.resolve("a.wav");
        try (WavWriter w = new WavWriter(file, 16000)) {
            w.write(new short[] {1, -2, 300}, 3);
            w.write(new short[] {Short.MAX_VALUE, Short.MIN_VALUE}, 2);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).hasSize(44 + 10);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        // offsets and values from the RIFF WAVE PCM format description
        assertThat(new String(bytes, 0, 4, "US-ASCII")).isEqualTo("RIFF");
        assertThat(b.getInt(4)).isEqualTo(36 + 10);
        assertThat(new String(bytes, 8, 8, "US-ASCII")).isEqualTo("WAVEfmt ");
        assertThat(b.getInt(16)).isEqualTo(16);          // fmt chunk size
        assertThat(b.getShort(20)).isEqualTo((short) 1); // PCM
        assertThat(b.getShort(22)).isEqualTo((short) 1); // mono
        assertThat(b.getInt(24)).isEqualTo(16000);       // sample rate
        assertThat(b.getInt(28)).isEqualTo(32000);       // byte rate
        assertThat(b.getShort(32)).isEqualTo((short) 2); // block align
        assertThat(b.getShort(34)).isEqualTo((short) 16);
        assertThat(new String(bytes, 36, 4, "US-ASCII")).isEqualTo("data");
        assertThat(b.getInt(40)).isEqualTo(10);
        assertThat(b.getShort(44)).isEqualTo((short) 1);
        assertThat(b.getShort(46)).isEqualTo((short) -2);
        assertThat(b.getShort(52)).isEqualTo(Short.MIN_VALUE);
    }

    @Test
    void theJdksWaveReaderReadsBackEverySample() throws Exception {
        Path file = tmp.resolve("b.wav");
        short[] samples = new short[100_000]; // more than the writer's buffer holds
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (short) (i * 7919);
        }
        try (WavWriter w = new WavWriter(file, 8000)) {
            w.write(samples, samples.length);
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            assertThat(in.getFormat().getSampleRate()).isEqualTo(8000f);
            assertThat(in.getFormat().getChannels()).isEqualTo(1);
            assertThat(in.getFormat().getSampleSizeInBits()).isEqualTo(16);
            assertThat(in.getFrameLength()).isEqualTo(samples.length);
            ByteBuffer data = ByteBuffer.wrap(in.readAllBytes()).order(in.getFormat().isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            for (short s : samples) {
                assertThat(data.getShort()).isEqualTo(s);
            }
        }
    }

    @Test
    void anEmptyChapterIsAValidEmptyFile() throws IOException, javax.sound.sampled.UnsupportedAudioFileException {
        Path file = tmp.resolve("c.wav");
        new WavWriter(file, 16000).close();
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            assertThat(in.getFrameLength()).isZero();
        }
    }
}
