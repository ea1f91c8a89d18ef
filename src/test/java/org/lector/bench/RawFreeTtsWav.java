package org.lector.bench;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.SingleFileAudioPlayer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;

/**
 * The benchmark's peer: FreeTTS used the plain way, with no Lector in between. Speaks a text file
 * (paragraphs separated by blank lines, as {@code lector script --speech} prints them) with
 * kevin16 into one WAV file through FreeTTS's own SingleFileAudioPlayer.
 * Usage: RawFreeTtsWav TEXT_FILE OUT_BASENAME (the player appends ".wav").
 */
public final class RawFreeTtsWav {
    private RawFreeTtsWav() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Voice voice = VoiceManager.getInstance().getVoice("kevin16");
        SingleFileAudioPlayer player = new SingleFileAudioPlayer(args[1], AudioFileFormat.Type.WAVE);
        voice.setAudioPlayer(player);
        voice.allocate();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                voice.speak(paragraph);
            }
        }
        voice.deallocate();
        player.close();
    }
}
