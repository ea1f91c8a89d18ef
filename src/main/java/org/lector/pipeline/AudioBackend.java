package org.lector.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lector.audio.AudioOptions;
import org.lector.audio.AudioProgressListener;
import org.lector.audio.Audiobook;
import org.lector.audio.AudiobookWriter;
import org.lector.audio.SpeechEngines;
import org.lector.audio.VoiceProfiles;
import org.lector.script.TimedScript;

/**
 * The audiobook: {@code <slug>/audio/} with one file per chapter, captions, a playlist and
 * {@code chapters.json}. Chapter files are named with the same slug rule as article folders. It
 * publishes the {@link TimedScript}, where each spoken sentence lies in which chapter file.
 */
public final class AudioBackend implements Backend {
    static final String FOLDER = "audio";
    /** What it hands to other backends; the registry reads it to find a producer without making one. */
    static final Set<Class<?>> PUBLISHES = Set.of(TimedScript.class);

    private final AudioOptions options;
    private final AudiobookWriter writer;

    public AudioBackend(AudioOptions options, AudioProgressListener progress) {
        this.options = options;
        this.writer = new AudiobookWriter(options, VoiceProfiles.shipped(options.home()), SpeechEngines.builtIn(), Slugs::slug, progress);
    }

    @Override
    public String name() {
        return "audio";
    }

    @Override
    public Set<Class<?>> publishes() {
        return PUBLISHES;
    }

    @Override
    public BackendReport write(BackendInput input, Path stagingDir) throws IOException {
        Audiobook book = writer.write(input.script(), Files.createDirectory(stagingDir.resolve(FOLDER)));
        String summary = String.format(Locale.ROOT, "%d chapters, %.1f minutes (%s, voice %s)", book.chapterCount(),
                book.seconds() / 60, options.format().extension(), writer.profile().name());
        return new BackendReport(summary, book.warnings(),
                Map.of(BackendReport.CHAPTERS, (double) book.chapterCount(), BackendReport.AUDIO_MINUTES, book.seconds() / 60),
                List.of(book.timed()));
    }
}
