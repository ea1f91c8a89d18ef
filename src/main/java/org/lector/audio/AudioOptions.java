package org.lector.audio;

/**
 * How the audiobook is made: the container, the voice profile by name, optional overrides of
 * the profile's rate (words per minute) and pitch (Hz), and how many chapters are synthesised at
 * once (one voice per worker thread).
 */
public record AudioOptions(AudioFileFormat format, String voice, Float rate, Float pitch, int threads) {
    public static final String DEFAULT_VOICE = "kevin16";

    public AudioOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
    }

    public static AudioOptions defaults() {
        return new AudioOptions(AudioFileFormat.MP3, DEFAULT_VOICE, null, null, Runtime.getRuntime().availableProcessors());
    }

    public AudioOptions withFormat(AudioFileFormat f) {
        return new AudioOptions(f, voice, rate, pitch, threads);
    }

    public AudioOptions withThreads(int n) {
        return new AudioOptions(format, voice, rate, pitch, n);
    }
}
