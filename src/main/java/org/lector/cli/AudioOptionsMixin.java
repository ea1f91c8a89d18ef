package org.lector.cli;

import java.util.Locale;
import org.lector.audio.AudioException;
import org.lector.audio.AudioFileFormat;
import org.lector.audio.AudioOptions;
import org.lector.audio.VoiceProfiles;
import org.lector.config.LectorHome;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of the audiobook output. */
public final class AudioOptionsMixin {
    @Option(names = "--audio-format", paramLabel = "FORMAT", defaultValue = "mp3",
            description = "Audio file format: mp3 or wav (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--voice", paramLabel = "NAME", defaultValue = AudioOptions.DEFAULT_VOICE,
            description = "Voice profile to read with (see 'lector voices'; default: ${DEFAULT-VALUE}).")
    String voice;

    @Option(names = "--rate", paramLabel = "WPM", description = "Speaking rate in words per minute (default: the voice profile's).")
    Float rate;

    @Option(names = "--pitch", paramLabel = "HZ", description = "Baseline pitch in Hz (default: the voice profile's).")
    Float pitch;

    /** More than any machine has cores; each thread loads a voice of its own, so a typo of 100000 would exhaust memory. */
    static final int MAX_AUDIO_THREADS = 256;

    @Option(names = "--audio-threads", paramLabel = "N",
            description = "Chapters recorded at once, 1 to " + MAX_AUDIO_THREADS + " (default: the number of processors).")
    Integer threads;

    AudioOptions toOptions(CommandLine commandLine, LectorHome home) {
        AudioFileFormat f;
        try {
            f = AudioFileFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "unknown audio format '" + format + "' (mp3, wav)");
        }
        if (rate != null && !(rate >= 40 && rate <= 500)) {
            throw new CommandLine.ParameterException(commandLine, "--rate must be between 40 and 500 words per minute");
        }
        if (pitch != null && !(pitch >= 40 && pitch <= 400)) {
            throw new CommandLine.ParameterException(commandLine, "--pitch must be between 40 and 400 Hz");
        }
        if (threads != null && (threads < 1 || threads > MAX_AUDIO_THREADS)) {
            throw new CommandLine.ParameterException(commandLine, "--audio-threads must be between 1 and " + MAX_AUDIO_THREADS);
        }
        try {
            VoiceProfiles.shipped(home).get(voice);
        } catch (AudioException e) {
            throw new CommandLine.ParameterException(commandLine, e.getMessage());
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return new AudioOptions(f, voice, rate, pitch, workers, home);
    }
}
