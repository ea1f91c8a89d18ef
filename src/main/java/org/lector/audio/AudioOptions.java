package org.lector.audio;

import org.lector.config.LectorHome;

/**
 * How the audiobook is made: the container, the voice profile by name, optional overrides of
 * the profile's rate (words per minute) and pitch (Hz), and how many chapters are synthesised at
 * once (one voice per worker thread); the voice is looked up in the Lector folder's {@code voices/}.
 */
public record AudioOptions(AudioFileFormat format, String voice, Float rate, Float pitch, int threads,
                           LectorHome home) {
    public static final String DEFAULT_VOICE = "kevin16";

    public AudioOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    public static AudioOptions defaults(LectorHome home) {
        return new AudioOptions(AudioFileFormat.MP3, DEFAULT_VOICE, null, null, Runtime.getRuntime().availableProcessors(), home);
    }

    public AudioOptions withFormat(AudioFileFormat f) {
        return new AudioOptions(f, voice, rate, pitch, threads, home);
    }

    public AudioOptions withThreads(int n) {
        return new AudioOptions(format, voice, rate, pitch, n, home);
    }
}
